namespace Chronicle.Tagging;

/// <summary>Loads labelled sentences for a kind of model from a CoNLL-style file.</summary>
public static class TrainingData
{
    /// <summary>The POS column of OntoNotes-style files (token, POS, entity tag).</summary>
    public const int PosColumn = 1;

    /// <summary>
    /// POS tags from <see cref="PosColumn"/>, or entity tags from the last column rewritten as IOB2
    /// (CoNLL-2003 is IOB1: "I-ORG" may open a chunk).
    /// </summary>
    public static List<LabeledSentence> Load(string path, ModelKind kind) => kind == ModelKind.PartOfSpeech
        ? [.. ConllFile.ReadSentences(path, PosColumn)]
        : [.. ConllFile.ReadSentences(path, -1).Select(s => s with { Labels = EntityTags.ToIob2(s.Labels) })];
}
