namespace Chronicle.Tagging;

/// <summary>Everything one thread needs to tag sentences without allocating: features, scores, decoding buffers.</summary>
internal sealed class TaggerScratch
{
    [ThreadStatic]
    private static TaggerScratch? _current;

    public static TaggerScratch Current => _current ??= new TaggerScratch();

    public SentenceFeatures Features { get; } = new();

    public DecodeBuffers Decode { get; } = new();

    public float[] Emissions { get; private set; } = new float[4096];

    public int[] Labels { get; private set; } = new int[256];

    // For stacked models: the first pass's label ids, and the same as tag strings for the second pass's features.
    public int[] Guesses { get; private set; } = new int[256];

    public string[] GuessTags { get; private set; } = new string[256];

    // For SentenceScorer, per token: the slot of its cached word scores, the range of features to look up, and the weight runs found.
    public int[] WordSlots { get; private set; } = new int[256];

    public int[] FirstLookup { get; private set; } = new int[256];

    public int[] EndLookup { get; private set; } = new int[256];

    public int[] Runs { get; private set; } = new int[256 * SentenceFeatures.PerToken];

    public void Ensure(int tokens, int labels)
    {
        if (Emissions.Length < tokens * labels)
            Emissions = new float[Math.Max(tokens * labels, Emissions.Length * 2)];
        if (Labels.Length >= tokens)
            return;
        var size = Math.Max(tokens, Labels.Length * 2);
        Labels = new int[size];
        Guesses = new int[size];
        GuessTags = new string[size];
        WordSlots = new int[size];
        FirstLookup = new int[size];
        EndLookup = new int[size];
        Runs = new int[size * SentenceFeatures.PerToken];
    }
}
