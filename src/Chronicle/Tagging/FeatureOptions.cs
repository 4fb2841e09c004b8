namespace Chronicle.Tagging;

/// <summary>Which feature families a model uses; saved in the model so inference extracts exactly what training did.</summary>
/// <param name="UsePos">Part-of-speech tags of the token and its neighbours (entity models; needs a POS model first).</param>
/// <param name="UseGazetteer">Membership in the project's gazetteer lists.</param>
/// <param name="UseLexicon">The tags each word and its neighbours took in training (a lexicon saved with the model).</param>
/// <param name="UseVectors">Contextual token vectors (<see cref="ITokenVectors"/>) as dense features: the accurate models.</param>
/// <param name="UseFirstPass">
/// The POS tags come from a first-pass tagger saved inside the model (a stacked POS model), and the
/// tags it guessed for the next two words are features too: a first-order tagger sees no tag to its right.
/// </param>
/// <param name="UseClusters">The word clusters (<see cref="WordClusters"/>, saved with the model) of the token and its neighbours.</param>
/// <param name="TokenClustersOnly">
/// With <paramref name="UseClusters"/>: only the token's own classes, not its neighbours'. The token's features
/// are summed once per word and cached; the neighbours' cost a weight lookup per token each.
/// </param>
public sealed record FeatureOptions(bool UsePos, bool UseGazetteer, bool UseLexicon, bool UseVectors = false, bool UseFirstPass = false, bool UseClusters = false,
    bool TokenClustersOnly = false)
{
    public static FeatureOptions PartOfSpeech { get; } = new(UsePos: false, UseGazetteer: false, UseLexicon: true);

    /// <summary>A POS model that reads the tags of its first pass (<see cref="PartOfSpeech"/>) as features.</summary>
    public static FeatureOptions StackedPartOfSpeech { get; } = PartOfSpeech with { UsePos = true, UseFirstPass = true };

    public static FeatureOptions Entities { get; } = new(UsePos: true, UseGazetteer: true, UseLexicon: false);

    public static FeatureOptions AccurateEntities { get; } = Entities with { UseVectors = true };

    internal int Bits => (UsePos ? 1 : 0) | (UseGazetteer ? 2 : 0) | (UseLexicon ? 4 : 0) | (UseVectors ? 8 : 0) | (UseFirstPass ? 16 : 0) | (UseClusters ? 32 : 0) | (TokenClustersOnly ? 64 : 0);

    internal static FeatureOptions FromBits(int bits) => new((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0, (bits & 16) != 0, (bits & 32) != 0, (bits & 64) != 0);
}
