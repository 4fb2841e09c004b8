using Chronicle.Actors;
using Chronicle.Places;
using Chronicle.Syntax;
using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>
/// Where a pattern matched: the token after its last word, the target mention its "*" found (if any), and
/// whether its "*" stood on a phrase that names no actor ("attacked the fishing boats").
/// </summary>
internal readonly record struct PatternMatch(EventPattern Pattern, int Head, int End, int? Target, bool AimedAtThing = false);

/// <summary>
/// Matches the words of a pattern after its head: each literal word must come next, with articles,
/// adjectives, numbers, adverbs and noun modifiers allowed before it ("paid a brief visit to", "signed a
/// security agreement with"); an article of the pattern may be missing ("held demonstrations" meets
/// "hold a demonstration"); a word after "_" only right after the word before it; "*" takes the actor mention
/// that starts there, after such words. When a pattern has two, the later one names the target and the first
/// only passes over a phrase: "discuss * with *" is the topic, then the partner.
/// </summary>
internal static class PatternMatcher
{
    /// <summary>How many words may stand between two words of a pattern.</summary>
    private const int Gap = 3;

    private static readonly HashSet<string> Skippable = ["DT", "PDT", "JJ", "JJR", "JJS", "RB", "RBR", "PRP$", "CD", "POS"];

    /// <summary>
    /// Words a pattern may stand between its own words: modifiers, and singular nouns that modify the next
    /// ("a security agreement"), names among them ("blocked the Europe Bridge" is "block the bridge").
    /// </summary>
    private static bool Modifies(string tag) => Skippable.Contains(tag) || tag is "NN" or "NNP";

    private static readonly HashSet<string> Articles = ["a", "an", "the"];

    /// <summary>
    /// Matches <paramref name="pattern"/> with its head at <paramref name="head"/>. When <paramref name="objectMoved"/>,
    /// a passive verb, the "*" of the verb's object is not looked for: its target is the verb's subject.
    /// </summary>
    public static PatternMatch? Match(EventPattern pattern, int head, int end, string[] words, Doc doc, SentenceActors actors, bool objectMoved)
    {
        var position = head + 1;
        int? target = null;
        var joined = false;
        var aimedAtThing = false;
        for (var k = 1; k < pattern.Words.Count; k++)
        {
            var word = pattern.Words[k];
            if (word == EventPattern.Joined)
            {
                joined = true;
                continue;
            }

            if (word is EventPattern.Target or EventPattern.SkippedPhrase)
            {
                joined = false;
                if (k == pattern.ObjectSlot && objectMoved)
                    continue;
                var skipped = word == EventPattern.SkippedPhrase;
                var slot = Skip(doc, SkipTime(position, end, words), end, actors);
                // "signed an accord to supply Gondor", "abandoned efforts to stop the parade": an infinitive after the
                // pattern's noun says what it is for, and whom it is aimed at is the infinitive's object.
                if (!skipped && k > 1 && pattern.Words[k - 1] is not (EventPattern.Target or EventPattern.SkippedPhrase)
                    && slot + 1 < end && words[slot] == "to" && doc.PosTags[slot + 1] == "VB")
                    slot = Skip(doc, slot + 2, end, actors);
                // "a number of Iraqi officials", "some of the protesters": the actor after the quantity.
                if (slot + 1 < end && ClauseRoles.Quantities.Contains(words[slot]) && words[slot + 1] == "of" && actors.Covering(slot) is null)
                    slot = Skip(doc, slot + 2, end, actors);
                // "rescheduled his trip in the White Downs": a possessive pronoun's phrase that names an actor is aimed at that actor.
                if (!skipped && slot + 1 < end && doc.PosTags[slot] == "PRP$" && actors.StartingAt(slot) is not null
                    && Within(doc, words, slot + 1, end, actors) is ({ } named, var across))
                {
                    target = named;
                    position = across ? slot + 1 : actors[named].EndToken;
                }
                else if (slot < end && actors.StartingAt(slot) is { } mention)
                {
                    target = skipped ? target : mention;
                    position = actors[mention].EndToken;
                }
                else if (slot < end && actors.Covering(slot) is { } covering)
                {
                    target = skipped ? target : covering;
                    position = actors[covering].EndToken;
                }
                else if (!skipped && Within(doc, words, slot, end, actors) is ({ } held, var acrossPreposition))
                {
                    // "with Sudan's National Security Adviser Omar al-Tayeb": the actor the phrase ends in; the
                    // pattern goes on after it. "criticized the closure of guest houses in Bree": the first actor
                    // of the phrase's prepositional phrases; the pattern goes on from where the phrase starts.
                    target = held;
                    position = acrossPreposition ? slot : actors[held].EndToken;
                }
                else
                {
                    // A target that is no actor ("attacked the town"): the event stands without one, and
                    // the pattern's next word is looked for after that phrase.
                    aimedAtThing |= !skipped && HasObject(doc, words, slot, end);
                    position = slot;
                }

                continue;
            }

            // After a target or a skipped phrase, or after an event noun ("talks on border security with"), a phrase may come first.
            var wide = k > 1 && pattern.Words[k - 1] is EventPattern.Target or EventPattern.SkippedPhrase || k == 1 && pattern.Kind == PatternKind.Noun;
            var found = joined ? (position < end && SameWord(words[position], word) ? position : -1) : Find(word, position, end, words, doc, allowGap: wide ? 6 : Gap);
            joined = false;
            if (found < 0 && Articles.Contains(word))
                continue;
            if (found < 0)
                return null;
            position = found + 1;
        }

        return new PatternMatch(pattern, head, position, target, aimedAtThing && target is null);
    }

    /// <summary>Whether a noun phrase starts at <paramref name="position"/>, adverbs and time words skipped: a verb's direct object
    /// ("struck targets", "dispersed the crowd"; not "declared Tuesday that").</summary>
    public static bool HasObject(Doc doc, string[] words, int position, int end)
    {
        position = SkipTime(position, end, words);
        while (position < end && doc.PosTags[position] is "RB" or "RBR")
            position++;
        return position < end && doc.PosTags[position] is "DT" or "PDT" or "PRP" or "PRP$" or "CD" or "JJ" or "JJR" or "JJS"
            || position < end && doc.PosTags[position].StartsWith("NN", StringComparison.Ordinal);
    }

    /// <summary>Past articles and adjectives to where a phrase's actor may start; a possessive pronoun that is a mention ("their") stays.</summary>
    private static int Skip(Doc doc, int position, int end, SentenceActors actors)
    {
        var skipped = 0;
        while (position < end && skipped < 4 && Skippable.Contains(doc.PosTags[position]) && actors.StartingAt(position) is null)
        {
            position++;
            skipped++;
        }

        return position;
    }

    /// <summary>How far into a noun phrase and its prepositional phrases the target is looked for.</summary>
    private const int PhraseReach = 10;

    /// <summary>Tags a noun phrase and the prepositional phrases inside it are made of.</summary>
    private static bool InNounPhrase(string tag) =>
        tag.StartsWith("NN", StringComparison.Ordinal) || Skippable.Contains(tag) || tag is "IN" or "HYPH" or "AFX";

    /// <summary>
    /// The first actor inside the noun phrase starting at <paramref name="slot"/>, its prepositional phrases
    /// included, before any verb, clause or list boundary; and whether a preposition came first.
    /// </summary>
    private static (int? Mention, bool AcrossPreposition) Within(Doc doc, string[] words, int slot, int end, SentenceActors actors)
    {
        var acrossPreposition = false;
        for (var j = slot; j < end && j < slot + PhraseReach; j++)
        {
            // "signed a declaration on relations in Athens": a city after "in" or "near" is where, not whom ("fired
            // shells at Seoul" aims at it).
            if (actors.StartingAt(j) is { } mention)
                return j > slot && words[j - 1] is "in" or "near" && IsLocality(doc, doc.Actors[mention]) ? (null, false) : (mention, acrossPreposition);
            var tag = doc.PosTags[j];
            // "an anti-Gondor parade": a hyphen inside a word; "the roads leading into Mordor", "memos sent by Bree": a participle
            // (a past one after its noun) that links the noun to an actor. "the gardening license": a gerund after a determiner or adjective modifies the noun after it.
            var linking = words[j] == "-" || (tag == "VBG" || tag == "VBN" && doc.PosTags[j - 1].StartsWith("NN", StringComparison.Ordinal)) && j + 1 < end && doc.PosTags[j + 1] is "IN" or "TO"
                || VerbGroupChunker.IsPrenominal(doc.PosTags, words, 0, end, j);
            if (!linking && (!InNounPhrase(tag) || doc.Tokens[j].Kind == TokenKind.Punctuation && tag != "POS"))
                return (null, false);
            acrossPreposition |= tag == "IN" || linking;
        }

        return (null, false);
    }

    /// <summary>A town, city or division standing as an actor (a capital for its government); a country after "in" still says whose ("the closure of markets in Zambia").</summary>
    private static bool IsLocality(Doc doc, ActorMention mention) =>
        doc.Places.Any(p => p.Start == mention.Start && p.Place is { Kind: not PlaceKind.Country });

    private static readonly HashSet<string> TimeWords =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night", "earlier", "later", "again", "also", "here", "there",
    ];

    /// <summary>Past a time phrase between a verb and its complement: "agreed on Wednesday that", "met last week with".</summary>
    /// <summary>
    /// Past time phrases and named places before a complement's "to" or "that": "agreed in Brussels on Monday to".
    /// Not elsewhere: before a target a place after "in" may be whom the act is aimed at ("struck in Lebanon"),
    /// and before "with" it may be the partner the pattern skips ("celebrated Eid at Osgiliath with").
    /// </summary>
    private static int SkipCircumstances(int position, int end, string[] words, Doc doc)
    {
        while (true)
        {
            var next = SkipTime(position, end, words);
            if (next + 1 < end && words[next] is "in" or "at" && doc.PosTags[next + 1] == "NNP")
            {
                next++;
                for (var names = 0; next < end && doc.PosTags[next] == "NNP" && names < MaxPlaceWords; names++)
                    next++;
            }

            if (next == position)
                return position;
            position = next;
        }
    }

    /// <summary>How many words a place's name may have where <see cref="SkipCircumstances"/> passes over it.</summary>
    private const int MaxPlaceWords = 3;

    private static int SkipTime(int position, int end, string[] words)
    {
        var j = position;
        if (j < end && words[j] is "on" or "in" or "last" or "this" or "next" or "early" or "late")
            j++;
        while (j < end && (TimeWords.Contains(words[j]) || char.IsDigit(words[j][0])))
            j++;
        return j > position && (j == position + 1 ? TimeWords.Contains(words[position]) : true) ? j : position;
    }

    private static int Find(string word, int position, int end, string[] words, Doc doc, int allowGap)
    {
        position = word is "to" or "that" ? SkipCircumstances(position, end, words, doc) : SkipTime(position, end, words);
        var limit = position + allowGap;
        for (var j = position; j < end && j <= limit; j++)
        {
            if (SameWord(words[j], word))
                return j;
            // "provided $50 million in humanitarian assistance to": an amount of the pattern's noun, which counts for none of the gap.
            if (IsAmount(doc, words, j) || doc.PosTags[j] == "CD")
            {
                limit++;
                continue;
            }

            if (doc.PosTags[j].StartsWith("VB", StringComparison.Ordinal) && !VerbGroupChunker.IsPrenominal(doc.PosTags, words, 0, end, j) || words[j] is "," or ";" or ":")
                return -1;
            // Words may only stand between pattern words when they modify what follows (an article, an adjective);
            // a plural noun only right before the pattern's word, as in "weapons inspectors".
            if (allowGap <= Gap && !Modifies(doc.PosTags[j]) && !VerbGroupChunker.IsPrenominal(doc.PosTags, words, 0, end, j) && !IsCoordinatedModifier(doc, words, j, end)
                && !(doc.PosTags[j] == "NNS" && j + 1 < end && SameWord(words[j + 1], word)))
                return -1;
        }

        return -1;
    }

    /// <summary>"a missile and drone attack": "and" or "or" between two modifiers of the same noun.</summary>
    public static bool IsCoordinatedModifier(Doc doc, string[] words, int token, int end) =>
        words[token] is "and" or "or" && token > 0 && token + 1 < end && Modifies(doc.PosTags[token - 1]) && Modifies(doc.PosTags[token + 1]);

    /// <summary>
    /// A currency sign, "in" or "of" after a number (and its unit), or "than" after "more": "$300 million in aid",
    /// "40 million dollars in food aid", "30 tonnes of medical supplies", "more than 100 warplanes".
    /// </summary>
    public static bool IsAmount(Doc doc, string[] words, int token) =>
        doc.PosTags[token] == "$" || doc.PosTags[token] == "NNS" && token > 0 && doc.PosTags[token - 1] == "CD" && token + 1 < words.Length && words[token + 1] is "in" or "of"
        || words[token] is "in" or "of" && token > 0 && (doc.PosTags[token - 1] == "CD" || token > 1 && doc.PosTags[token - 1] == "NNS" && doc.PosTags[token - 2] == "CD")
        || words[token] == "than" && token > 0 && words[token - 1] is "more" or "fewer" or "less";

    /// <summary>
    /// A text word meets a pattern word when equal, or its regular plural ("talks" for "talk"), or the singular of a
    /// pattern's plural ("a joint exercise" for "joint exercises"; not of short words, where "new" is no "news").
    /// </summary>
    private static bool SameWord(string text, string pattern) =>
        text == pattern || text.Length > pattern.Length && text.StartsWith(pattern, StringComparison.Ordinal) && text[pattern.Length..] is "s" or "es"
        || pattern.EndsWith('y') && text == pattern[..^1] + "ies"
        || pattern.Length >= MinPluralLength && pattern.Length > text.Length && pattern.StartsWith(text, StringComparison.Ordinal) && pattern[text.Length..] is "s" or "es";

    /// <summary>The shortest pattern word whose singular a text word may be.</summary>
    private const int MinPluralLength = 5;
}
