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
internal static class EventTime
{
    /// <summary>Words between an event's verb and a date that put them in different clauses.</summary>
    private static readonly HashSet<string> ClauseBreaks = [":", ";", "\"", "“", "”", "‘", "’", "that", "which", "who", "whom", "whose", "where", "while", "when"];

    /// <summary>Prepositions after which a date is not when the event happened: "before Friday", "until 2025".</summary>
    private static readonly HashSet<string> NotTheTime = ["before", "until", "till", "by", "after", "than", "ahead"];

    /// <summary>How much more a date ahead of the verb costs than one after it, in tokens.</summary>
    private const int AheadCost = 3;

    /// <summary>The index in <paramref name="doc"/>'s time layer of the expression that dates an event whose verb starts at token <paramref name="verb"/>; null when none does.</summary>
    public static int? Find(Doc doc, Sentence sentence, int verb)
    {
        int? best = null;
        var bestCost = int.MaxValue;
        var times = doc.TimeExpressions;
        for (var i = 0; i < times.Count; i++)
        {
            var time = times[i];
            if (time.FirstToken < sentence.FirstToken || time.EndToken > sentence.EndToken || !IsCalendarDate(time) || NotTheTime.Contains(Word(doc, time.FirstToken - 1)))
                continue;
            var after = time.FirstToken > verb;
            var (from, to) = after ? (verb + 1, time.FirstToken) : (time.EndToken, verb);
            if (Crosses(doc, from, to) || !after && InRelativeClause(doc, sentence, time.FirstToken))
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

    /// <summary>Relative words that open a clause of its own.</summary>
    private static readonly HashSet<string> Relatives = ["who", "which", "whom", "whose", "where", "when"];

    /// <summary>"The minister, who arrived on Tuesday, met...": a date in a relative clause before the verb dates that clause.</summary>
    private static bool InRelativeClause(Doc doc, Sentence sentence, int token)
    {
        for (var t = token - 1; t >= sentence.FirstToken; t--)
        {
            var word = Word(doc, t);
            if (word == ",")
                return false;
            if (Relatives.Contains(word))
                return true;
        }

        return false;
    }

    private static bool Crosses(Doc doc, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (ClauseBreaks.Contains(Word(doc, t)))
                return true;
        }

        return false;
    }

    private static string Word(Doc doc, int token) =>
        token < 0 || token >= doc.Tokens.Count ? "" : Actors.PhraseWords.Fold(doc[doc.Tokens[token]]);
}
