using Chronicle.Text;

namespace Chronicle.Time;

/// <summary>Which way from the article's date a sentence looks, as its verbs tell.</summary>
internal enum Tense
{
    Unknown,
    Past,
    Present,
    Future,
}

/// <summary>
/// The tense that governs a time expression: that of the nearest verb in its sentence, looking left
/// first at each distance. A past form (VBD, or a participle after "have") is past; "will", "shall"
/// or "going to" before a verb is future; a present form is present.
/// </summary>
internal static class TenseReader
{
    private static readonly HashSet<string> FutureModals = ["will", "shall", "'ll", "wo", "wil"];

    /// <summary>Verbs whose object or complement lies ahead, whatever their own tense: "planned to leave on Thursday".</summary>
    private static readonly HashSet<string> Planning =
    [
        "plan", "plans", "planned", "planning", "schedule", "schedules", "scheduled", "expect", "expects", "expected", "expecting",
        "intend", "intends", "intended", "intending", "due", "set", "hope", "hopes", "hoped", "hoping",
    ];

    public static Tense Of(Doc doc, Sentence sentence, int firstToken, int endToken)
    {
        if (doc.PosTags.Count != doc.Tokens.Count)
            return Tense.Unknown;
        for (var distance = 1; ; distance++)
        {
            var left = firstToken - distance;
            var right = endToken - 1 + distance;
            var inside = false;
            if (left >= sentence.FirstToken)
            {
                inside = true;
                if (Read(doc, sentence, left) is { } tense)
                    return tense;
            }

            if (right < sentence.EndToken)
            {
                inside = true;
                if (Read(doc, sentence, right) is { } tense)
                    return tense;
            }

            if (!inside)
                return Tense.Unknown;
        }
    }

    /// <summary>The tense a token sets, or null when it is no verb that sets one.</summary>
    private static Tense? Read(Doc doc, Sentence sentence, int i)
    {
        var tag = doc.PosTags[i];
        if (tag.StartsWith("VB", StringComparison.Ordinal) && Planning.Contains(Word(doc, i)))
            return Tense.Future;
        switch (tag)
        {
            case "MD":
                return FutureModals.Contains(Word(doc, i)) ? Tense.Future : null;
            case "VBD":
                return Tense.Past;
            case "VBN":
                return AuxiliaryBefore(doc, sentence, i) is { } aux ? aux : Tense.Past;
            case "VB":
                return AuxiliaryBefore(doc, sentence, i);
            case "VBZ" or "VBP":
                // "is going to", "are expected to" look ahead; "is" alone is present.
                return i + 2 < sentence.EndToken && Word(doc, i + 1) is "going" or "expected" or "scheduled" or "set" or "due" && doc.PosTags[i + 2] == "TO" ? Tense.Future : Tense.Present;
            default:
                return null;
        }
    }

    /// <summary>
    /// The tense the auxiliaries before a verb give it: "will (be) held" future, "has been held" or "was
    /// held" past, "must be returned" or "is held" present; "would" or "could" tell nothing. Null when no
    /// auxiliary precedes it.
    /// </summary>
    private static Tense? AuxiliaryBefore(Doc doc, Sentence sentence, int verb)
    {
        for (var j = verb - 1; j >= sentence.FirstToken && j >= verb - 4; j--)
        {
            var tag = doc.PosTags[j];
            var word = Word(doc, j);
            if (tag == "MD")
                return FutureModals.Contains(word) ? Tense.Future : word is "would" or "could" or "might" or "'d" ? Tense.Unknown : Tense.Present;
            if (tag == "VBD")
                return Tense.Past;
            if (tag is "VBZ" or "VBP")
                return word is "has" or "have" or "'ve" ? Tense.Past : Tense.Present;
            if (tag == "TO" && j > sentence.FirstToken && Word(doc, j - 1) == "going")
                return Tense.Future;
            if (!(tag.StartsWith("VB", StringComparison.Ordinal) || tag is "RB" or "TO"))
                break;
        }

        return null;
    }

    private static string Word(Doc doc, int i) => TimePieces.Fold(doc[doc.Tokens[i]]);
}
