namespace Chronicle.Stories;

/// <summary>Tells a headline from a paragraph: headlines are short and do not end a sentence.</summary>
internal static class Headline
{
    private const int MaxLength = 300;

    public static bool Looks(ReadOnlySpan<char> line) =>
        line.Length <= MaxLength && !Sentences.EndsSentence(line);
}
