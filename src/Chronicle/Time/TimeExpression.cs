namespace Chronicle.Time;

/// <summary>The four kinds of time expression TIMEX3 tells apart.</summary>
public enum TimexType
{
    /// <summary>A calendar point or period: "on Thursday", "in January 2020", "last year", "now".</summary>
    Date,

    /// <summary>A time of day: "9 a.m. Tuesday", "Friday morning", "tonight".</summary>
    Time,

    /// <summary>A length of time: "two years", "the past six months".</summary>
    Duration,

    /// <summary>A recurring time: "every Friday", "daily".</summary>
    Set,
}

/// <summary>How fine a date is: the calendar unit its value names.</summary>
public enum TimePrecision
{
    /// <summary>Not a calendar point: a duration, a set, or a reference such as PRESENT_REF.</summary>
    None,
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Season,
    Month,
    Week,
    Day,

    /// <summary>A part of a day: morning, afternoon, evening, night.</summary>
    PartOfDay,

    /// <summary>A clock time, to the minute.</summary>
    Minute,
}

/// <summary>
/// A time expression found in a Doc: chars [Start, End) and tokens [FirstToken, EndToken) of its text,
/// its TIMEX3 type and value ("2023-02-23", "2023-Q1", "P2Y", "XXXX-WXX-5", "PRESENT_REF"), and,
/// when the value is a calendar point resolved against the Doc's date, its precision and first day.
/// </summary>
/// <param name="Sentence">The index of the sentence that holds it.</param>
/// <param name="Date">The first day of the period the value names, when it is a resolved calendar point; null otherwise.</param>
public readonly record struct TimeExpression(
    int Start, int End, int FirstToken, int EndToken, int Sentence, TimexType Type, string Value, TimePrecision Precision, DateOnly? Date)
{
    /// <summary>The type as TIMEX3 writes it: DATE, TIME, DURATION or SET.</summary>
    public string TypeName => Type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };
}
