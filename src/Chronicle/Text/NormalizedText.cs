namespace Chronicle.Text;

/// <summary>
/// Text after <see cref="TextNormalizer"/>, with the original it came from and the map between them,
/// so that any span found in <see cref="Text"/> can be shown in the words the source used.
/// </summary>
public sealed class NormalizedText(string original, string text, OffsetMap map)
{
    public string Original { get; } = original;

    public string Text { get; } = text;

    public OffsetMap Map { get; } = map;

    /// <summary>The original text behind the normalized range [start, end).</summary>
    public string OriginalOf(int start, int end) => Original[Map.ToOriginal(start)..Map.ToOriginalEnd(end)];
}
