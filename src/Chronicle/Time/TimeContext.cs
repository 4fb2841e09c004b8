using Chronicle.Text;

namespace Chronicle.Time;

/// <summary>
/// What a value is resolved against: the article's date, the expressions found before it in the Doc,
/// and, read only when a rule asks, the tense around the expression.
/// </summary>
internal sealed class TimeContext(Doc doc, Sentence sentence, int firstToken, int endToken, IReadOnlyList<TimeExpression> before)
{
    private Tense? _tense;

    /// <summary>The date the text was written (the DCT), when known.</summary>
    public DateOnly? Today => doc.Date;

    /// <summary>
    /// The reporting period the text is about: the latest quarter or half-year it named so far that had
    /// ended by the DCT. "A year
    /// earlier" after "the third quarter" is the third quarter of the year before. Null when none was named.
    /// </summary>
    public TimeValue? ReportingPeriod
    {
        get
        {
            TimeExpression? latest = null;
            foreach (var expression in before)
            {
                if (expression is { Type: TimexType.Date, Date: { } date, Precision: TimePrecision.Quarter or TimePrecision.Half } && date.AddMonths(expression.Precision == TimePrecision.Quarter ? 3 : 6) <= Today && (latest is not { Date: { } best } || date > best))
                    latest = expression;
            }

            return latest is { Date: { } anchor } period ? TimeValue.Point(anchor, period.Precision) : null;
        }
    }

    /// <summary>
    /// The first day of the date the text named last before this expression at <paramref name="precision"/>
    /// or finer ("the following year" after "on May 22, 1995" is 1996); null when it named none.
    /// </summary>
    public DateOnly? LastNamed(TimePrecision precision)
    {
        for (var e = before.Count - 1; e >= 0; e--)
        {
            if (before[e] is { Date: { } date } named && named.Precision >= precision)
                return date;
        }

        return null;
    }

    /// <summary>
    /// The day of a date named right before this expression with only "at" between ("Tuesday at 9 p.m.",
    /// "on March 3 at noon"): the day a clock time that names none is on. Null when there is none.
    /// </summary>
    public TimeValue? DayRightBefore
    {
        get
        {
            if (before.Count == 0 || before[^1] is not { Date: { } date, Precision: TimePrecision.Day } named || named.EndToken + 1 != firstToken)
                return null;
            return doc[doc.Tokens[named.EndToken]].Equals("at", StringComparison.OrdinalIgnoreCase) ? TimeValue.Point(date, TimePrecision.Day) : null;
        }
    }

    public Tense Tense => _tense ??= TenseReader.Of(doc, sentence, firstToken, endToken);
}
