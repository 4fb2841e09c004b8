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
    /// The reporting period the text last named (a quarter or a half-year): "a year earlier" after "the
    /// third quarter" is the third quarter of the year before. Null when none was named.
    /// </summary>
    public TimeValue? ReportingPeriod
    {
        get
        {
            for (var i = before.Count - 1; i >= 0; i--)
            {
                if (before[i] is { Type: TimexType.Date, Date: { } date, Precision: TimePrecision.Quarter or TimePrecision.Half } period)
                    return TimeValue.Point(date, period.Precision);
            }

            return null;
        }
    }

    public Tense Tense => _tense ??= TenseReader.Of(doc, sentence, firstToken, endToken);
}
