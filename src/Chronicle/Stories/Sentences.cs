namespace Chronicle.Stories;

/// <summary>Layout cues taken from how a line ends.</summary>
internal static class Sentences
{
    /// <summary>True when a line ends like a sentence: a full stop, question or exclamation mark, or a colon, maybe inside closing quotes or brackets.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd().TrimEnd("\"')]");
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or ':';
    }
}
