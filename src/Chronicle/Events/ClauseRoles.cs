using Chronicle.Syntax;
using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>
/// Who does what in a sentence, read from its verb groups and actor mentions: a verb's subject is the
/// nearest actor before it that is not inside a prepositional phrase, across asides ("Fayyad, for his
/// part, appreciated") and relative pronouns ("Soleimani ... who were assassinated"); an infinitive
/// or participle takes the subject of the verb it depends on; "and" joins actors into one role, and so do
/// mentions the same words make ("the Kenyan and Ugandan governments").
/// </summary>
internal sealed class ClauseRoles(Doc doc, Sentence sentence, string[] words, SentenceActors actors, List<VerbGroup> groups)
{
    private static readonly HashSet<string> Boundaries = [";", ":", "\"", "“", "”", "‘", "’"];

    /// <summary>Words for how many: "a number of", "thousands of", "some of".</summary>
    internal static readonly HashSet<string> Quantities =
    [
        "number", "group", "dozens", "hundreds", "thousands", "scores", "some", "many", "most", "all", "several", "one", "two", "three",
        "members", "couple", "handful", "majority", "rest", "millions", "tens",
    ];

    private static readonly HashSet<string> RelativePronouns = ["who", "which", "that", "whom"];

    /// <summary>The longest aside skipped between commas, in tokens.</summary>
    private const int AsideLength = 25;

    /// <summary>The subjects of <paramref name="group"/>: one mention, or several joined by "and".</summary>
    public List<int> SubjectsOf(VerbGroup group)
    {
        // "the efforts of the PMU forces in battling Daesh": after a preposition, the participle's subject is the actor it follows.
        if (group.Form == VerbForm.Participle && group.FirstToken > sentence.FirstToken && doc.PosTags[group.FirstToken - 1] == "IN"
            && NearestBefore(group.FirstToken - 1) is { } modified)
            return [modified];

        var index = groups.IndexOf(group);
        if (group.Form != VerbForm.Finite && index > 0)
        {
            // "travelled to Iraq to sign", "..., vowing to continue": the subject of the verb before.
            var controller = groups[index - 1];
            if (group.Form == VerbForm.Infinitive || !IsSentenceOpening(group))
                return SubjectsOf(controller);
        }

        if (group.Form == VerbForm.Participle && IsSentenceOpening(group))
        {
            // "Talking with X, Amir-Abdollahian said": the subject of the main clause after the comma.
            var main = groups.Skip(index + 1).FirstOrDefault(g => g.Form == VerbForm.Finite);
            return main is null ? [] : SubjectsOf(main);
        }

        // "thanked Egypt for its support and called on both sides": the second verb shares the first's subject.
        var previous = groups.Take(index).LastOrDefault(g => g.Form == VerbForm.Finite);
        if (previous is not null && group.FirstToken > sentence.FirstToken && words[group.FirstToken - 1] is "and" or "but" or "or")
            return SubjectsOf(previous);

        var subject = SubjectBefore(group.FirstToken);
        if (subject is { } s)
            return Coordinated(s, leftward: true);
        // "..., said the statement": a speaker after its verb.
        var after = Skip(group.EndToken);
        return group.FirstToken > sentence.FirstToken && words[group.FirstToken - 1] == "," && actors.StartingAt(after) is { } inverted ? [inverted] : [];
    }

    /// <summary>The subjects of the sentence's first finite verb after <paramref name="token"/>: who acts in the main clause a fronted phrase belongs to.</summary>
    public List<int> MainSubjectsAfter(int token)
    {
        var main = groups.FirstOrDefault(g => g.FirstToken > token && g.Form == VerbForm.Finite);
        return main is null ? [] : SubjectsOf(main);
    }

    /// <summary>The actor mention ending nearest before <paramref name="token"/>, within a few words and no verb between.</summary>
    private int? NearestBefore(int token)
    {
        for (var i = token - 1; i >= sentence.FirstToken && i >= token - 4; i--)
        {
            if (actors.Covering(i) is { } mention)
                return mention;
            if (doc.PosTags[i].StartsWith("VB", StringComparison.Ordinal) || words[i] == ",")
                return null;
        }

        return null;
    }

    /// <summary>The agent of a passive: the actor after "by" following the verb ("arrested by the Bahraini forces").</summary>
    public List<int> AgentsAfter(int token)
    {
        for (var j = token; j < sentence.EndToken && j < token + 8; j++)
        {
            if (words[j] != "by")
                continue;
            var start = j + 1;
            while (start < sentence.EndToken && doc.PosTags[start] is "DT" or "JJ")
                start++;
            if (actors.StartingAt(start) is { } agent || actors.Covering(start) is { } covering && (agent = covering) >= 0)
                return Coordinated(agent, leftward: false);
            return [];
        }

        return [];
    }

    /// <summary>
    /// The country a clause says its act happened in, after the verb and before any other verb or comma: "were
    /// put under investigation in Italy", "was shot dead in Osgiliath". A country alone (no sector, no city).
    /// </summary>
    public int? CountryWhere(int token)
    {
        for (var j = token; j + 1 < sentence.EndToken && j < token + CountryReach; j++)
        {
            if (words[j] is "," or ";" || doc.PosTags[j].StartsWith("VB", StringComparison.Ordinal))
                return null;
            if (words[j] != "in")
                continue;
            var start = j + 1;
            while (start < sentence.EndToken && doc.PosTags[start] == "DT")
                start++;
            return actors.StartingAt(start) is { } place && actors[place] is { Kind: Actors.MentionKind.Name, Code: { Country: not null, Sectors.Count: 0 } } ? place : null;
        }

        return null;
    }

    /// <summary>How far after a verb's pattern its "in" phrase is looked for.</summary>
    private const int CountryReach = 8;

    /// <summary>
    /// The mention and those joined to it by "and" or "or" on the side given; commas join only inside
    /// such a list ("A, B and C", "A, B, and C"), since a comma alone is as often an apposition or a clause
    /// boundary; the list ends at its conjunction. Articles and adjectives before a member belong to it ("Arnor and the embattled Gondor").
    /// An apposition's description is dropped for its name ("two boys, Ali and Omar": Ali and Omar).
    /// </summary>
    public List<int> Coordinated(int mention, bool leftward)
    {
        var joined = new List<int> { mention };
        var confirmed = 1;
        var conjunction = false;
        var current = mention;
        while (true)
        {
            var m = actors[current];
            var link = leftward ? SkipBack(m.FirstToken - 1) : m.EndToken;
            if (link < sentence.FirstToken || link >= sentence.EndToken || words[link] is not ("and" or "," or "or"))
                break;
            var isConjunction = words[link] != ",";
            // "According to officials, Ethiopia and Eritrea agreed": the comma closing a fronted phrase joins nothing.
            if (leftward && link == FrontedEnd)
                break;
            // The serial comma: ", and" is one link.
            if (leftward && isConjunction && link - 1 >= sentence.FirstToken && words[link - 1] == ",")
                link--;
            else if (!leftward && !isConjunction && link + 1 < sentence.EndToken && words[link + 1] is "and" or "or")
                (link, isConjunction) = (link + 1, true);
            // A list ends at its conjunction: "between A and B, and C and D" names two pairs, not one list of four.
            if (conjunction && (isConjunction || !leftward))
                break;
            var next = MemberBeyond(link);
            if (next is null && !isConjunction && (conjunction || !leftward) && PastUnknownName(link, leftward) is >= 0 and var further)
            {
                link = further;
                next = MemberBeyond(link);
            }

            // "The army of Chad and rebel fighters clashed": the member before "and" is the army, not its country.
            // Between two names it is the country: "the leaders of Egypt and Jordan".
            if (leftward && next is { } owned && m.Kind == Actors.MentionKind.Description && HeadOfOfPhrase(owned) is { } head)
                next = head;
            if (next is not { } n || joined.Contains(n))
                break;
            joined.Add(n);
            conjunction |= isConjunction;
            // Leftward, the conjunction comes first and every comma before it is inside the list; rightward, a
            // comma counts once a conjunction closes the list.
            if (isConjunction || leftward && conjunction)
                confirmed = joined.Count;
            current = n;
        }

        var members = joined.Take(confirmed).ToList();
        members.AddRange(members.SelectMany(actors.Siblings).Distinct().Where(i => !members.Contains(i)).ToList());
        return [.. members.Where(i => actors[i].Antecedent is not { } a || !members.Contains(a))];

        // The member on the far side of a link; one that opens with an adjective starts at it ("Sudanese and Libyan smugglers").
        int? MemberBeyond(int link) => leftward ? actors.EndingBefore(link) : actors.StartingAt(link + 1) ?? actors.StartingAt(Skip(link + 1));
    }

    /// <summary>The most words of a name no dictionary holds that a list passes over.</summary>
    private const int UnknownNameWords = 4;

    /// <summary>
    /// "Mordor, the Shire, Arnor and Bree welcomed": a name that codes no actor, between two commas of a list, is passed
    /// over so the list goes on to the actor before it (or after it); the comma beyond the name, or -1.
    /// </summary>
    private int PastUnknownName(int comma, bool leftward)
    {
        var step = leftward ? -1 : 1;
        var names = 0;
        var i = comma + step;
        for (; i >= sentence.FirstToken && i < sentence.EndToken && actors.Covering(i) is null; i += step)
        {
            if (doc.PosTags[i] is "NNP" or "NNPS")
                names++;
            else if (doc.PosTags[i] != "DT")
                break;
        }

        return names is > 0 and <= UnknownNameWords && i >= sentence.FirstToken && i < sentence.EndToken && words[i] == "," ? i : -1;
    }

    /// <summary>The mention whose "of" phrase <paramref name="mention"/> ends ("army" for "Chad" in "the army of Chad"), if any.</summary>
    private int? HeadOfOfPhrase(int mention)
    {
        var before = SkipBack(actors[mention].FirstToken - 1);
        return before > sentence.FirstToken && words[before] == "of" ? actors.EndingBefore(before) : null;
    }

    private int? SubjectBefore(int token)
    {
        var i = token - 1;
        while (i >= sentence.FirstToken)
        {
            var word = words[i];
            if (Boundaries.Contains(word))
                return null;
            if (doc.PosTags[i] is "RB" or "RBR" && actors.Covering(i) is null)
            {
                i--;
                continue;
            }

            if (word == ",")
            {
                // An aside between commas: "Fayyad, for his part, appreciated", "the minister, who is in Iraq, held".
                var open = LastIndexOf(",", i - 1, Math.Max(sentence.FirstToken, i - AsideLength));
                if (open >= sentence.FirstToken && IsAside(open + 1, i))
                {
                    i = open - 1;
                    continue;
                }

                i--;
                continue;
            }

            if (RelativePronouns.Contains(word) && doc.PosTags[i] is "WP" or "WDT")
            {
                i--;
                if (i >= sentence.FirstToken && words[i] == ",")
                    i--;
                continue;
            }

            if (actors.Covering(i) is { } mention)
            {
                // "Lawmakers in Kenya and Uganda welcomed": a list inside a prepositional phrase is in it, its last member
                // too; "ties between Kenya and Uganda may spur" names the pair that acts.
                var first = Coordinated(mention, leftward: true).Min(m => actors[m].FirstToken);
                if (PrepositionBefore(actors[mention].FirstToken) is null && PrepositionBefore(first) is null or "between")
                    return mention;
                i = first - 1;
                continue;
            }

            if (groups.Any(g => g.Main == i && g.Form == VerbForm.Finite))
                return null;
            i--;
        }

        return null;
    }

    /// <summary>The preposition whose phrase the mention starting at <paramref name="first"/> is in, if any.</summary>
    private string? PrepositionBefore(int first)
    {
        var before = first - 1;
        while (before >= sentence.FirstToken && doc.PosTags[before] is "DT" or "JJ" or "CD" or "PDT")
            before--;
        // "Up to 100 ethnic Albanians demonstrated", "Thousands of Iraqi Kurds demonstrated": a quantity's
        // "up to" or "of" is no preposition.
        if (before > sentence.FirstToken && (words[before] == "to" && words[before - 1] == "up" || words[before] == "of" && (Quantities.Contains(words[before - 1]) || doc.PosTags[before - 1] == "CD")))
            return null;
        return before >= sentence.FirstToken && doc.PosTags[before] is "IN" or "TO" && words[before] is not ("that" or "because" or "while" or "as" or "after" or "before" or "since" or "although" or "if")
            ? words[before] : null;
    }

    /// <summary>
    /// The comma that closes a phrase opening the sentence before its clause ("According to officials,", "In a
    /// statement on Tuesday,", "Following weeks of protests,"), or -1 when the sentence opens otherwise.
    /// </summary>
    private int FrontedEnd => _frontedEnd ??= FrontedPhraseEnd();

    private int? _frontedEnd;

    private int FrontedPhraseEnd()
    {
        var first = sentence.FirstToken;
        if (doc.PosTags[first] is not ("IN" or "TO" or "VBG"))
            return -1;
        for (var i = first + 1; i < sentence.EndToken && i <= first + FrontedLength; i++)
        {
            if (words[i] == ",")
                return i;
            if (groups.Any(g => g.Main == i && g.Form == VerbForm.Finite))
                return -1;
        }

        return -1;
    }

    /// <summary>How many words a fronted phrase may have.</summary>
    private const int FrontedLength = 15;

    private bool IsSentenceOpening(VerbGroup group)
    {
        for (var i = sentence.FirstToken; i < group.FirstToken; i++)
        {
            if (doc.PosTags[i] is not ("RB" or "CC" or "IN" or ",") || words[i] == ",")
                return false;
        }

        return true;
    }

    /// <summary>
    /// Whether tokens [first, end) between two commas are an aside the subject stands outside of: a
    /// prepositional phrase ("for his part", "in collaboration with its allies"), a relative clause ("who
    /// is in Iraq"), or words with neither verb nor actor ("as expected").
    /// </summary>
    private bool IsAside(int first, int end)
    {
        if (first >= end)
            return false;
        if (doc.PosTags[first] is "IN" or "TO" || RelativePronouns.Contains(words[first]) && doc.PosTags[first] is "WP" or "WDT")
            return true;
        for (var i = first; i < end; i++)
        {
            if (doc.PosTags[i].StartsWith("VB", StringComparison.Ordinal) || actors.Covering(i) is { } m && actors[m].Kind != Actors.MentionKind.Pronoun)
                return false;
        }

        return true;
    }

    private int LastIndexOf(string word, int from, int stop)
    {
        for (var i = from; i >= stop; i--)
        {
            if (words[i] == word)
                return i;
        }

        return -1;
    }

    /// <summary>Back past the determiners, adjectives and title words before a mention ("and Greek Prime Minister Kyriakos Mitsotakis").</summary>
    private int SkipBack(int token)
    {
        var titleWords = 0;
        while (token >= sentence.FirstToken && (doc.PosTags[token] is "DT" or "JJ"
            || doc.PosTags[token] is "NNP" or "NN" && actors.Covering(token) is null && ++titleWords <= MaxTitleWords))
            token--;
        return token;
    }

    /// <summary>How many title words ("Prime Minister", "Foreign Minister") may stand between a conjunction and the name it joins.</summary>
    private const int MaxTitleWords = 3;

    private int Skip(int token)
    {
        while (token < sentence.EndToken && doc.PosTags[token] is "DT" or "JJ")
            token++;
        return token;
    }
}
