using System.Globalization;

namespace Chronicle.Time;

/// <summary>
/// What a rule's value expression computes: a calendar point (a period at a precision, held by its first
/// day, plus the part of the year or day it names) or a ready-made TIMEX3 value (durations, sets,
/// references, and points that cannot be placed without the article's date).
/// </summary>
internal sealed record TimeValue
{
    /// <summary>The first day of the period; meaningful only when <see cref="Literal"/> is null.</summary>
    public DateOnly Anchor { get; init; }

    public TimePrecision Precision { get; init; }

    /// <summary>The value as written when it is not a calendar point.</summary>
    public string? Literal { get; init; }

    /// <summary>"SP", "SU", "FA" or "WI" for a season.</summary>
    public string? Season { get; init; }

    /// <summary>"MO", "AF", "EV" or "NI" for a part of a day.</summary>
    public string? DayPart { get; init; }

    /// <summary>A weekend rather than a whole week.</summary>
    public bool Weekend { get; init; }

    public int Hour { get; init; }

    public int Minute { get; init; }

    public bool IsPoint => Literal is null;

    public static TimeValue Of(string literal) => new() { Literal = literal };

    public static TimeValue Point(DateOnly anchor, TimePrecision precision) => new() { Anchor = Truncate(anchor, precision), Precision = precision };

    /// <summary>The first day of the period of <paramref name="precision"/> that holds <paramref name="day"/>.</summary>
    public static DateOnly Truncate(DateOnly day, TimePrecision precision) => precision switch
    {
        TimePrecision.Century => new DateOnly(Math.Max(1, day.Year / 100 * 100), 1, 1),
        TimePrecision.Decade => new DateOnly(Math.Max(1, day.Year / 10 * 10), 1, 1),
        TimePrecision.Year => new DateOnly(day.Year, 1, 1),
        TimePrecision.Half => new DateOnly(day.Year, day.Month <= 6 ? 1 : 7, 1),
        TimePrecision.Quarter => new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1),
        TimePrecision.Month => new DateOnly(day.Year, day.Month, 1),
        TimePrecision.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        _ => day,
    };

    /// <summary>The point <paramref name="count"/> periods of its own precision later (earlier when negative).</summary>
    public TimeValue Shift(int count) => Precision switch
    {
        TimePrecision.Century => this with { Anchor = Anchor.AddYears(100 * count) },
        TimePrecision.Decade => this with { Anchor = Anchor.AddYears(10 * count) },
        TimePrecision.Year or TimePrecision.Season => this with { Anchor = Anchor.AddYears(count) },
        TimePrecision.Half => this with { Anchor = Anchor.AddMonths(6 * count) },
        TimePrecision.Quarter => this with { Anchor = Anchor.AddMonths(3 * count) },
        TimePrecision.Month => this with { Anchor = Anchor.AddMonths(count) },
        TimePrecision.Week => this with { Anchor = Anchor.AddDays(7 * count) },
        _ => this with { Anchor = Anchor.AddDays(count) },
    };

    /// <summary>The value in TIMEX3 form.</summary>
    public string Format()
    {
        if (Literal is not null)
            return Literal;
        var a = Anchor;
        var year = a.Year.ToString("D4", CultureInfo.InvariantCulture);
        return Precision switch
        {
            TimePrecision.Century => (a.Year / 100).ToString("D2", CultureInfo.InvariantCulture),
            TimePrecision.Decade => (a.Year / 10).ToString("D3", CultureInfo.InvariantCulture),
            TimePrecision.Year => year,
            TimePrecision.Half => $"{year}-H{(a.Month <= 6 ? 1 : 2)}",
            TimePrecision.Quarter => $"{year}-Q{(a.Month - 1) / 3 + 1}",
            TimePrecision.Season => $"{year}-{Season}",
            TimePrecision.Month => $"{year}-{a.Month:D2}",
            TimePrecision.Week => $"{ISOWeek.GetYear(a.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(a.ToDateTime(TimeOnly.MinValue)):D2}" + (Weekend ? "-WE" : ""),
            TimePrecision.Day => Day(a),
            TimePrecision.PartOfDay => $"{Day(a)}T{DayPart}",
            _ => $"{Day(a)}T{Hour:D2}:{Minute:D2}",
        };
    }

    private static string Day(DateOnly a) => a.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
