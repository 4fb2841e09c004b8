using Chronicle.Text;

namespace Chronicle.Time;

/// <summary>Which way from the article's date a sentence looks, as its verbs tell.</summary>
internal enum Tense
{
    Unknown,
    Past,

    /// <summary>Past by the words, not by a verb's form: "since March" cannot lie ahead of the article's date.</summary>
    Behind,
    Present,
    Future,
}

/// <summary>
/// The tense that governs a time expression: that of the nearest verb in its sentence, looking left
/// first at each distance, read with its auxiliaries. A past form (VBD, a participle after "have") is
/// past; "will", "shall", "going to" or a verb of planning ("planned to leave on Thursday") is future;
/// a present form is present. "Since" before the expression makes it past, "effective" future. A closing
/// attribution ("..., officials said.") is the time of the telling, not of what is told, so it is passed over.
/// </summary>
internal static class TenseReader
{
    private static readonly HashSet<string> FutureModals = ["will", "shall", "'ll", "wo", "wil"];

    /// <summary>Verbs whose object or complement lies ahead, whatever their own tense: "planned to leave on Thursday".</summary>
    private static readonly HashSet<string> Planning =
    [
        "plan", "plans", "planned", "planning", "schedule", "schedules", "scheduled", "expect", "expects", "expected", "expecting",
        "intend", "intends", "intended", "intending", "hope", "hopes", "hoped", "hoping",
    ];

    /// <summary>Verbs that plan only with "to" or "for" after them: "set to meet on Friday", not "set aside its plans on Friday".</summary>
    private static readonly HashSet<string> PlanningWithTo = ["set", "sets", "slated"];

    /// <summary>Verbs of saying that close a sentence as its attribution: "..., the minister said."</summary>
    private static readonly HashSet<string> Saying =
    [
        "said", "says", "say", "told", "tells", "added", "adds", "announced", "reported", "stated", "noted", "explained",
        "insisted", "claimed", "declared", "predicted", "warned", "confirmed",
    ];

    public static Tense Of(Doc doc, Sentence sentence, int firstToken, int endToken)
    {
        if (doc.PosTags.Count != doc.Tokens.Count)
            return Tense.Unknown;
        // "Since March" is behind the writer whatever the verb; "effective June 1" announces a change ahead.
        if (firstToken > sentence.FirstToken && Word(doc, firstToken - 1) is var before && before is "since" or "effective")
            return before == "since" ? Tense.Behind : Tense.Future;
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
                if (!ClosingAttribution(doc, sentence, endToken, right) && Read(doc, sentence, right) is { } tense)
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
        if (!tag.StartsWith("VB", StringComparison.Ordinal) && tag != "MD")
            return null;
        var word = Word(doc, i);
        if (Planning.Contains(word) || PlanningWithTo.Contains(word) && i + 1 < sentence.EndToken && Word(doc, i + 1) is "to" or "for")
            return Tense.Future;
        // An auxiliary leaves the tense to its verb, which reads it back: "were planning", "has left".
        if (Auxiliaries.Contains(word) && VerbFollows(doc, sentence, i))
            return null;
        return tag switch
        {
            "MD" => FutureModals.Contains(word) ? Tense.Future : null,
            "VBD" => Tense.Past,
            "VBN" => AuxiliaryBefore(doc, sentence, i, progressive: false) ?? Tense.Past,
            "VBG" => AuxiliaryBefore(doc, sentence, i, progressive: true),
            "VB" => AuxiliaryBefore(doc, sentence, i, progressive: false),
            // "is going to", "is about to" and "is to resume" (an arrangement) look ahead; "is" alone is present.
            _ => LooksAhead(doc, sentence, i) ? Tense.Future : Tense.Present,
        };
    }

    private static bool LooksAhead(Doc doc, Sentence sentence, int i)
    {
        if (i + 2 >= sentence.EndToken)
            return false;
        var next = Word(doc, i + 1);
        if (next is "going" or "about")
            return doc.PosTags[i + 2] == "TO";
        return next == "to" && Word(doc, i) is "is" or "are" or "am" or "'s" or "'re" && doc.PosTags[i + 2] == "VB";
    }

    /// <summary>
    /// Whether the verb at <paramref name="verb"/>, right of an expression that ends at <paramref name="end"/>,
    /// is a verb of saying after a comma or closing quote with no verb after it in the sentence: the
    /// attribution closing "the talks will resume on Tuesday, the envoy said".
    /// </summary>
    private static bool ClosingAttribution(Doc doc, Sentence sentence, int end, int verb)
    {
        if (!Saying.Contains(Word(doc, verb)))
            return false;
        var broken = false;
        for (var j = end; j < verb; j++)
            broken |= doc[doc.Tokens[j]] is "," or "''" or "\"" or "\u201d" or ")";
        if (!broken)
            return false;
        for (var j = verb + 1; j < sentence.EndToken; j++)
        {
            if (doc.PosTags[j].StartsWith("VB", StringComparison.Ordinal) || doc.PosTags[j] == "MD")
                return false;
        }

        return true;
    }

    private static readonly HashSet<string> Auxiliaries =
        ["be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m", "has", "have", "had", "'ve", "'d", "do", "does", "did"];

    private static bool VerbFollows(Doc doc, Sentence sentence, int i)
    {
        for (var j = i + 1; j < sentence.EndToken && j <= i + 3; j++)
        {
            var tag = doc.PosTags[j];
            if (tag.StartsWith("VB", StringComparison.Ordinal))
                return true;
            if (tag is not ("RB" or "RBR" or "PRP"))
                return false;
        }

        return false;
    }

    /// <summary>
    /// The tense the auxiliaries before a verb give it: "will (be) held" future, "has been held" or "was
    /// held" past, "must be returned" or "is held" present, "is meeting" future (an arrangement); "would"
    /// or "could" tell nothing. Null when no auxiliary precedes it.
    /// </summary>
    private static Tense? AuxiliaryBefore(Doc doc, Sentence sentence, int verb, bool progressive)
    {
        for (var j = verb - 1; j >= sentence.FirstToken && j >= verb - 4; j--)
        {
            var word = Word(doc, j);
            switch (word)
            {
                case "will" or "shall" or "'ll" or "wo":
                    return Tense.Future;
                case "would" or "could" or "might" or "'d":
                    return Tense.Unknown;
                case "must" or "may" or "can" or "should":
                    return Tense.Present;
                case "was" or "were" or "had" or "did" or "has" or "have" or "'ve":
                    return Tense.Past;
                case "is" or "are" or "am" or "'s" or "'re" or "'m" or "do" or "does":
                    return progressive ? Tense.Future : Tense.Present;
                case "be" or "been" or "being" or "not" or "n't":
                    continue;
                case "to":
                    return j > sentence.FirstToken && Word(doc, j - 1) == "going" ? Tense.Future : null;
            }

            if (doc.PosTags[j] is not ("RB" or "RBR"))
                break;
        }

        return null;
    }

    private static string Word(Doc doc, int i) => TimePieces.Fold(doc[doc.Tokens[i]]);
}
