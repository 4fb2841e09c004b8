using Chronicle.Text;

namespace Chronicle.Syntax;

/// <summary>
/// Finds base noun phrases from POS tags: determiners and possessives, then modifiers (adjectives,
/// numbers, nouns, participles before a noun), ending at a noun; a possessive ('s) joins its owner to
/// what follows ("Iran's Islamic Revolution Guards Corps"), an acronym in parentheses joins the name
/// before it ("(IRGC)"), and a named entity is never cut ("Ministry of Agriculture"). Rules rather
/// than a trained chunker: Penn tags carry most of what base phrases need, the rules are fast and
/// readable, and every actor rule downstream can see why a phrase was cut where it was.
/// </summary>
public static class NounPhraseChunker
{
    /// <summary>
    /// The base noun phrases of a sentence; <paramref name="names"/> (token ranges of names found
    /// otherwise) are kept whole as entities are. <paramref name="entities"/> are the sentence's entities
    /// when the caller has them at hand (else they are looked up in the Doc).
    /// </summary>
    public static List<NounPhrase> Chunk(Doc doc, Sentence sentence, IEnumerable<(int First, int End)>? names = null, IReadOnlyList<Entity>? entities = null)
    {
        var phrases = new List<NounPhrase>();
        var end = sentence.EndToken;
        var i = sentence.FirstToken;
        while (i < end)
        {
            var start = i;
            int? last = null;
            while (i < end)
            {
                if (IsText(doc, i, "("))
                {
                    var close = last is not null ? ParenthesisEnd(doc, i, end) : i;
                    if (close == i)
                        break;
                    i = close;
                    continue;
                }

                if (!Joins(doc, i, end, start))
                    break;
                if (IsNounAt(doc, i))
                    last = i;
                i++;
            }

            if (last is not { } head)
            {
                i = Math.Max(i, start + 1);
                continue;
            }

            // Modifiers after the last noun ("the groups concerned") are not part of the phrase; a parenthesis after it is.
            var phraseEnd = i > head + 1 && IsText(doc, i - 1, ")") ? i : head + 1;
            phrases.Add(new NounPhrase(start, phraseEnd, head));
            i = phraseEnd;
        }

        var entitySpans = entities is null ? SpansIn(doc, sentence) : entities.Select(e => (e.FirstToken, e.EndToken));
        return MergeSpans(doc, phrases, entitySpans.Concat(names ?? []).ToList());
    }

    private static IEnumerable<(int First, int End)> SpansIn(Doc doc, Sentence sentence) =>
        doc.Entities.Where(e => e.EndToken > sentence.FirstToken && e.FirstToken < sentence.EndToken).Select(e => (e.FirstToken, e.EndToken));

    /// <summary>Whether token <paramref name="i"/> is a noun word (taggers sometimes call brackets NNP).</summary>
    public static bool IsNounAt(Doc doc, int i) => IsNoun(doc.PosTags[i]) && doc.Tokens[i].Kind is TokenKind.Word or TokenKind.Number;

    private static bool IsText(Doc doc, int i, string text) => doc[doc.Tokens[i]].SequenceEqual(text);

    private static readonly HashSet<string> DayWords =
        ["today", "yesterday", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static bool Joins(Doc doc, int i, int end, int start)
    {
        var tags = doc.PosTags;
        var tag = tags[i];
        if (doc.Tokens[i].Kind is TokenKind.Punctuation && tag != "POS")
            return tag == "HYPH";
        // "The German government today welcomed", "officials Friday said": a day after a noun is when, not part of the name.
        if (IsNoun(tag) && i > start && IsNoun(tags[i - 1]) && DayWords.Contains(doc[doc.Tokens[i]].ToString().ToLowerInvariant()))
            return false;
        if (IsNoun(tag) || tag is "JJ" or "JJR" or "JJS" or "CD" or "POS")
            return true;
        if (tag is "DT" or "PDT" or "PRP$" or "WP$")
            return i == start || tags[i - 1] == "POS";
        // A participle inside a phrase modifies its noun ("the Saudi-led coalition", "the ruling party"); one that
        // opens a phrase is a verb or a preposition ("including Baghdad"), and so is one after a noun ("rebels
        // surrendered last week"). Taggers call "Saudi-led" VBD as often as VBN.
        var beforeNoun = i + 1 < end && (IsNoun(tags[i + 1]) || tags[i + 1] is "JJ");
        return beforeNoun && (tag is "VBN" or "VBG" && i > start && !IsNoun(tags[i - 1]) || doc[doc.Tokens[i]].EndsWith("-led", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The token after ")" when the "(" at <paramref name="open"/> holds one to three name words; else <paramref name="open"/>.</summary>
    private static int ParenthesisEnd(Doc doc, int open, int end)
    {
        for (var j = open + 1; j < end && j <= open + 4; j++)
        {
            if (IsText(doc, j, ")"))
                return j > open + 1 ? j + 1 : open;
            if (doc.Tokens[j].Kind is not (TokenKind.Word or TokenKind.Number))
                return open;
        }

        return open;
    }

    /// <summary>Widens phrases to cover the names (entities, dictionary names) they overlap, so a name with "of" or "for" in it stays whole.</summary>
    private static List<NounPhrase> MergeSpans(Doc doc, List<NounPhrase> phrases, List<(int First, int End)> spans)
    {
        var merged = new List<NounPhrase>(phrases.Count);
        foreach (var phrase in phrases)
        {
            var (first, end) = (phrase.FirstToken, phrase.EndToken);
            foreach (var span in spans)
            {
                if (span.First < end && span.End > first)
                    (first, end) = (Math.Min(first, span.First), Math.Max(end, span.End));
            }

            var head = LastNoun(doc, first, end) ?? phrase.Head;
            if (merged.Count > 0 && merged[^1].EndToken > first)
            {
                var previous = merged[^1];
                var widened = Math.Max(previous.EndToken, end);
                merged[^1] = new NounPhrase(previous.FirstToken, widened, LastNoun(doc, previous.FirstToken, widened) ?? head);
            }
            else
            {
                merged.Add(new NounPhrase(first, end, head));
            }
        }

        return merged;
    }

    /// <summary>The last noun outside parentheses: "Corps" of "Islamic Revolution Guards Corps (IRGC)".</summary>
    private static int? LastNoun(Doc doc, int first, int end)
    {
        var depth = 0;
        for (var i = end - 1; i >= first; i--)
        {
            if (IsText(doc, i, ")"))
                depth++;
            else if (IsText(doc, i, "("))
                depth--;
            else if (depth == 0 && IsNounAt(doc, i))
                return i;
        }

        return null;
    }

    public static bool IsNoun(string tag) => tag.StartsWith("NN", StringComparison.Ordinal);
}
