using Chronicle.Syntax;
using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>
/// What a clause says about whether its event happened, beyond its verb and roles: an event noun inside an
/// appeal that the appeal takes as done ("measures against the expulsion of ..."), an act that is only
/// intended ("plans to impose ..."), and acts of force whose doer goes unnamed ("three soldiers were
/// killed", "a roadside bomb killed ...").
/// </summary>
internal static class ClauseReadings
{
    /// <summary>Prepositions after which "the X of ..." names an event that has happened: "measures against the expulsion of".</summary>
    private static readonly HashSet<string> PresupposingPrepositions = ["against", "over", "about", "of", "for"];

    /// <summary>A definite event noun after a presupposing preposition, inside a complement: "against the expulsion".</summary>
    public static bool IsPresupposed(string[] words, Sentence sentence, int noun)
    {
        var article = noun - 1;
        while (article > sentence.FirstToken && words[article] is not "the" && noun - article < 3)
            article--;
        return words[article] == "the" && article > sentence.FirstToken && PresupposingPrepositions.Contains(words[article - 1]);
    }

    /// <summary>
    /// Words before "to" that make the verb after it a plan rather than a deed: "plans to impose", "is
    /// prepared to lift", "announced its intention to visit", "vowed to retaliate".
    /// </summary>
    private static readonly HashSet<string> IntentWords =
    [
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending", "intention", "intentions",
        "prepared", "willing", "willingness", "ready", "readiness", "determined", "poised", "going",
        "aim", "aims", "aimed", "aiming", "vow", "vows", "vowed", "vowing", "pledge", "pledges", "pledged", "pledging",
        "promise", "promises", "promised", "promising", "agree", "agrees", "agreed", "agreeing", "offer", "offers", "offered", "offering",
    ];

    /// <summary>Whether an infinitive is what its subject intends to do: "plans to impose restrictions", "is willing to forgive".</summary>
    public static bool IsIntended(string[] words, Sentence sentence, VerbGroup group)
    {
        if (group.Form != VerbForm.Infinitive)
            return false;
        var to = words[group.FirstToken] == "to" ? group.FirstToken : group.FirstToken - 1;
        return to - 1 >= sentence.FirstToken && words[to] == "to" && IntentWords.Contains(words[to - 1]);
    }

    /// <summary>Participles that name a stance before "to" rather than a passive: "is opposed to", "is committed to".</summary>
    private static readonly HashSet<string> StanceParticiples = ["opposed", "committed", "dedicated", "devoted"];

    /// <summary>Whether a passive-looking group states its subject's stance: "Israel is opposed to French mediation".</summary>
    public static bool IsStative(string[] words, Sentence sentence, VerbGroup group) =>
        StanceParticiples.Contains(words[group.Main]) && group.EndToken < sentence.EndToken && words[group.EndToken] == "to";

    /// <summary>Conjunctions that place the clause they open in time against another: what it says is background to the main clause's event.</summary>
    private static readonly HashSet<string> TimeConjunctions = ["after", "before", "until"];

    /// <summary>
    /// Whether a finite verb is in a time clause beside a main clause: "restored ties five years after crowds
    /// burned down its embassy" reports the restoring; the burning is its background, as PETRARCH reads it.
    /// </summary>
    public static bool IsBackground(Doc doc, string[] words, Sentence sentence, VerbGroup group, List<VerbGroup> groups)
    {
        // "celebrated Iftar with Gondor after leaving Eriador": a gerund after the conjunction is a time clause too.
        if (group.Form == VerbForm.Participle && doc.PosTags[group.Main] == "VBG" && group.FirstToken > sentence.FirstToken
            && TimeConjunctions.Contains(words[group.FirstToken - 1]))
            return groups.Any(g => g.Form == VerbForm.Finite && g.EndToken <= group.FirstToken);
        if (group.Form != VerbForm.Finite)
            return false;
        var i = group.FirstToken - 1;
        while (i >= sentence.FirstToken && (InSubjectPhrase(doc.PosTags[i]) && doc.PosTags[i] != "IN" || doc.PosTags[i] is "PRP" or "PRP$"))
            i--;
        if (i < sentence.FirstToken || !TimeConjunctions.Contains(words[i]) || i == group.FirstToken - 1)
            return false;
        var conjunction = i;
        return groups.Any(g => g.Form == VerbForm.Finite && (g.EndToken <= conjunction || g.FirstToken >= group.EndToken && !IsReportingTail(words, g)));
    }

    /// <summary>"..., a senior official said": a speaker's verb after the event is no main clause of its own.</summary>
    private static bool IsReportingTail(string[] words, VerbGroup group) => words[group.Main] is "said" or "says" or "reported" or "told" or "added";

    /// <summary>
    /// Whether a finite verb closes its sentence as a speaker's tail, "..., a human rights group protested here
    /// Wednesday": after a comma that ends a clause of its own, with only its subject between, and nothing
    /// after it but adverbs and time words. Such a verb reports what the clause before says.
    /// </summary>
    public static bool IsSpeakerTail(Doc doc, string[] words, Sentence sentence, VerbGroup group, List<VerbGroup> groups)
    {
        if (group.Form != VerbForm.Finite)
            return false;
        var i = group.FirstToken - 1;
        while (i > sentence.FirstToken && InSubjectPhrase(doc.PosTags[i]) && doc.PosTags[i] != "IN")
            i--;
        if (i <= sentence.FirstToken || i == group.FirstToken - 1 || words[i] != ",")
            return false;
        var comma = i;
        for (var j = group.EndToken; j < sentence.EndToken; j++)
        {
            if (doc.PosTags[j] is not ("RB" or "NNP" or "NN" or "IN" or "CD" or ".") && !TailTimeWords.Contains(words[j]))
                return false;
        }

        return groups.Any(g => g.Form == VerbForm.Finite && g.EndToken <= comma);
    }

    /// <summary>Words a speaker's tail may end with: "here", "today", "on Wednesday".</summary>
    private static readonly HashSet<string> TailTimeWords = ["here", "there", "today", "yesterday", "tonight", "on", "late", "early", "last", "this"];

    /// <summary>
    /// Whether a verb group is a relative clause's ("the minister, who said ...") in a sentence that has a
    /// main clause of its own: what a relative clause says is told about its noun, not the news.
    /// </summary>
    public static bool IsRelativeBeside(Doc doc, Sentence sentence, VerbGroup group, List<VerbGroup> groups) =>
        IsRelative(doc, sentence, group) && groups.Any(g => g != group && g.Form == VerbForm.Finite && !IsRelative(doc, sentence, g));

    /// <summary>
    /// A verb group right after "who", "which" or a relative "that" (the tagger's WP and WDT), or after such a
    /// word and the relative clause's own subject: "raids in which spokesmen said civilians were killed".
    /// </summary>
    private static bool IsRelative(Doc doc, Sentence sentence, VerbGroup group)
    {
        var i = group.FirstToken - 1;
        while (i > sentence.FirstToken && InSubjectPhrase(doc.PosTags[i]) && doc.PosTags[i] is not ("IN" or "WP" or "WDT"))
            i--;
        return i >= sentence.FirstToken && doc.PosTags[i] is "WP" or "WDT" && (i == group.FirstToken - 1 || i > sentence.FirstToken && doc.PosTags[i - 1] == "IN");
    }

    /// <summary>Words that open a clause inside another: a passive after them is background, not the news ("Serbia, where 28 people were killed").</summary>
    private static readonly HashSet<string> ClauseOpeners = ["where", "which", "who", "whom", "that", "when", "as", "after", "since", "while", "because", "before"];

    /// <summary>What does violence without being an actor: "a minefield explosion killed two youths".</summary>
    private static readonly HashSet<string> ViolentCauses =
    [
        "explosion", "explosions", "blast", "blasts", "bomb", "bombs", "bombing", "bombings", "attack", "attacks", "airstrike", "airstrikes",
        "shelling", "rocket", "rockets", "missile", "missiles", "mine", "mines", "landmine", "landmines", "gunfire", "shooting", "shootings",
        "fighting", "clashes", "violence", "ambush", "raid", "raids", "drone",
    ];

    /// <summary>An active verb whose subject is a violent cause, not an actor.</summary>
    /// <remarks>"A minefield explosion near the town of Samarra killed ...": the cause may head a phrase its prepositional phrases follow.</remarks>
    public static bool IsViolentCause(Doc doc, string[] words, Sentence sentence, VerbGroup group)
    {
        for (var i = group.FirstToken - 1; i >= sentence.FirstToken && group.FirstToken - i <= SubjectReach; i--)
        {
            if (ViolentCauses.Contains(words[i]))
                return true;
            if (!InSubjectPhrase(doc.PosTags[i]))
                return false;
        }

        return false;
    }

    /// <summary>How far before its verb a violent cause may head the subject.</summary>
    private const int SubjectReach = 8;

    /// <summary>Tags of a noun phrase and its prepositional phrases.</summary>
    private static bool InSubjectPhrase(string tag) => tag.StartsWith("NN", StringComparison.Ordinal) || tag is "DT" or "JJ" or "CD" or "IN" or "POS";

    /// <summary>
    /// Whether a participle stands right after a noun that names no actor, as a reduced relative clause about that
    /// thing: "a school sheltering displaced families" (the school shelters), "a deal brokered by China" (China brokered it).
    /// </summary>
    /// <remarks>
    /// A document its subject issued speaks for the issuer: "the PKK issued a declaration demanding that ..." is the PKK's
    /// demand, where "the US vetoed a resolution demanding a ceasefire" is not the US's.
    /// </remarks>
    public static bool ModifiesThing(Doc doc, string[] words, Sentence sentence, VerbGroup group, List<VerbGroup> groups, SentenceActors actors)
    {
        var noun = group.Main - 1;
        if (group.Form != VerbForm.Participle || group.FirstToken != group.Main || noun < sentence.FirstToken
            || doc.PosTags[noun] is not ("NN" or "NNS") || actors.Covering(noun) is not null)
            return false;
        var governing = groups.LastOrDefault(g => g.EndToken <= noun);
        return !(Documents.Contains(words[noun]) && governing is not null && noun - governing.EndToken <= DocumentReach && Issuing.Contains(words[governing.Main]));
    }

    private static readonly HashSet<string> Documents =
        ["statement", "statements", "declaration", "communique", "letter", "message", "resolution", "decree", "report", "appeal", "ultimatum"];

    private static readonly HashSet<string> Issuing =
        ["issue", "issued", "issues", "issuing", "release", "released", "releases", "publish", "published", "send", "sent", "adopt", "adopted",
         "pass", "passed", "sign", "signed", "deliver", "delivered", "put", "posted"];

    /// <summary>How many words (articles, adjectives) may stand between the issuing verb and its document.</summary>
    private const int DocumentReach = 4;

    /// <summary>
    /// A passive whose subject stands right before its verb, in a clause that is no relative or adverbial one. The
    /// subject may be a name modifying the phrase's head noun: "a US national was detained".
    /// </summary>
    public static bool IsPlainPassive(Doc doc, string[] words, Sentence sentence, VerbGroup group, List<int> subjects)
    {
        if (subjects.Count == 0 || !EndsPhraseBefore(doc, doc.Actors[subjects[^1]].EndToken, group.FirstToken))
            return false;
        var start = subjects.Min(s => doc.Actors[s].FirstToken);
        return start == sentence.FirstToken || !ClauseOpeners.Contains(words[start - 1]) && doc.PosTags[start - 1] is not ("WDT" or "WRB" or "WP" or "IN");
    }

    /// <summary>Whether only the head nouns of a mention's phrase stand between its end and <paramref name="verb"/>.</summary>
    private static bool EndsPhraseBefore(Doc doc, int mentionEnd, int verb)
    {
        if (mentionEnd > verb || verb - mentionEnd > 1)
            return false;
        return mentionEnd == verb || doc.PosTags[mentionEnd] is "NN" or "NNS";
    }
}
