using Chronicle.Text;
using Chronicle.Time;

namespace Chronicle.Events;

/// <summary>
/// When an event happened, by the time expression that governs its clause: of the calendar dates in
/// the event's sentence (a day, month or year the time annotator resolved), the one nearest its verb,
/// an expression after the verb or opened by a preposition ("arrested on Thursday") before one ahead
/// of it, and never one across a quotation, a colon or a "that" clause, which belongs to another
/// statement ("said on Thursday that troops had withdrawn in January"), nor one in a relative clause
/// ahead of the verb ("the minister, who arrived on Tuesday, met..."). None when there is no such
/// expression: the event then takes its article's date.
/// </summary>
/// <remarks>
/// Built once per document: the clause breaks and relative clauses are counted up front, so dating every
/// event of a sentence costs the events times the dates, not that times the sentence's length as well
/// (a 3,000-character sentence of repeated events took seconds).
/// </remarks>
internal sealed class EventTime
{
    /// <summary>Words between an event's verb and a date that put them in different clauses.</summary>
    private static readonly HashSet<string> ClauseBreaks = [":", ";", "\"", "“", "”", "‘", "’", "that", "which", "who", "whom", "whose", "where", "while", "when"];

    /// <summary>Prepositions after which a date is not when the event happened: "before Friday", "until 2025".</summary>
    private static readonly HashSet<string> NotTheTime = ["before", "until", "till", "by", "after", "than", "ahead"];

    /// <summary>Relative words that open a clause of its own.</summary>
    private static readonly HashSet<string> Relatives = ["who", "which", "whom", "whose", "where", "when"];

    /// <summary>How much more a date ahead of the verb costs than one after it, in tokens.</summary>
    private const int AheadCost = 3;

    private readonly Doc doc;
    private readonly string[] words;

    /// <summary>How many clause breaks come before each token (one more entry, for the end).</summary>
    private readonly int[] breaksBefore;

    /// <summary>
    /// Whether a token stands in a relative clause: "The minister, who arrived on Tuesday, met...": a
    /// relative word comes after the last comma before it in its sentence.
    /// </summary>
    private readonly bool[] inRelativeClause;

    /// <param name="words">The document's tokens folded as <see cref="Actors.PhraseWords.Fold"/> folds them.</param>
    public EventTime(Doc doc, string[] words)
    {
        this.doc = doc;
        this.words = words;
        breaksBefore = new int[words.Length + 1];
        for (var t = 0; t < words.Length; t++)
            breaksBefore[t + 1] = breaksBefore[t] + (ClauseBreaks.Contains(words[t]) ? 1 : 0);

        inRelativeClause = new bool[words.Length];
        foreach (var sentence in doc.Sentences)
        {
            var relative = false;
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                inRelativeClause[t] = relative;
                if (words[t] == ",")
                    relative = false;
                else if (Relatives.Contains(words[t]))
                    relative = true;
            }
        }
    }

    /// <summary>The index in the document's time layer of the expression that dates an event whose verb starts at token <paramref name="verb"/>; null when none does.</summary>
    public int? Find(Sentence sentence, int verb)
    {
        int? best = null;
        var bestCost = int.MaxValue;
        var times = doc.TimeExpressions;
        for (var i = 0; i < times.Count; i++)
        {
            var time = times[i];
            if (time.FirstToken < sentence.FirstToken || time.EndToken > sentence.EndToken || !IsCalendarDate(time) || NotTheTime.Contains(Word(time.FirstToken - 1))
                || ModifiesNoun(time))
                continue;
            var after = time.FirstToken > verb;
            var (from, to) = after ? (verb + 1, time.FirstToken) : (time.EndToken, verb);
            if (Crosses(from, to) || !after && inRelativeClause[time.FirstToken])
                continue;
            var cost = to - from + (after ? 0 : AheadCost);
            if (cost < bestCost)
            {
                best = i;
                bestCost = cost;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether an expression dates events: a point resolved to a day, month or year (a time of day is
    /// its day); weeks, quarters and seasons have no date an event record can hold.
    /// </summary>
    public static bool IsCalendarDate(TimeExpression time) =>
        time.Date is not null && time.Type is TimexType.Date or TimexType.Time
        && time.Precision is TimePrecision.Year or TimePrecision.Month or TimePrecision.Day or TimePrecision.PartOfDay or TimePrecision.Minute;

    /// <summary>
    /// "for his role in the 2016 coup attempt", "Monday's attack": a date inside a noun phrase, before its noun,
    /// dates that noun's event, not the clause's. "Last week officials announced" is no such phrase: a date
    /// modifies a noun only after a determiner or as a possessive.
    /// </summary>
    private bool ModifiesNoun(TimeExpression time)
    {
        var next = time.EndToken < doc.PosTags.Count ? doc.PosTags[time.EndToken] : "";
        if (next == "POS")
            return true;
        var determined = words[time.FirstToken] is "the" or "a" or "an" || time.FirstToken > 0 && doc.PosTags[time.FirstToken - 1] is "DT" or "PRP$";
        return determined && next.StartsWith("NN", StringComparison.Ordinal);
    }

    private bool Crosses(int from, int to) => to > from && breaksBefore[to] - breaksBefore[from] > 0;

    private string Word(int token) => token < 0 || token >= words.Length ? "" : words[token];
}
