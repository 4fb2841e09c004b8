namespace Chronicle.Stories;

/// <summary>
/// The marks by which a digest moves on to another story: a bulleted paragraph, or a paragraph after
/// a blank line that opens with a change-of-subject phrase ("Meanwhile,", "In other news,").
/// </summary>
internal static class DigestMarkers
{
    private const string BulletChars = "•·▪■●◦‣►▸*";
    private const string DashBullets = "-–—";

    /// <summary>A short bulleted item ("• 3 dead") is a list inside a story, not a story of its own.</summary>
    private const int MinStoryLength = 60;

    private static readonly string[] SubjectChanges = ["Meanwhile,", "In other news,", "In other news", "Elsewhere,", "In another development,", "Separately,"];

    /// <summary>The length of a bullet marker at the start of a line, 0 when there is none.</summary>
    public static int BulletLength(ReadOnlySpan<char> line)
    {
        if (line.Length < 2 || !char.IsWhiteSpace(line[1]))
            return 0;
        return BulletChars.Contains(line[0]) || DashBullets.Contains(line[0]) ? 1 : 0;
    }

    public static bool OpensStory(ReadOnlySpan<char> paragraph, bool bulleted, bool afterBlank)
    {
        if (bulleted)
            return paragraph.Length >= MinStoryLength;
        if (!afterBlank)
            return false;
        foreach (var phrase in SubjectChanges)
        {
            if (paragraph.StartsWith(phrase, StringComparison.Ordinal))
                return true;
        }

        return false;
    }
}
