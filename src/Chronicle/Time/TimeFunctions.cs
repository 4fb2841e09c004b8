using System.Globalization;

namespace Chronicle.Time;

/// <summary>
/// The functions a rule's value may call. Each resolves against the article's date (the DCT); a name
/// with no year ("Thursday", "in January", "the third quarter") takes the one its tense points to:
/// in a past sentence the last such day or period on or before the DCT, in a future one the next on
/// or after it; "before" and "after" as last argument ask for one strictly before or after the DCT.
/// Without a DCT, what needs one is written with X's ("XXXX-WXX-4") or as PAST_REF / FUTURE_REF.
/// </summary>
internal static class TimeFunctions
{
    private static readonly Dictionary<string, TimeFunction> Functions = new TimeFunction[]
    {
        new("date", 1, 4, Date),
        new("weekday", 1, 3, Weekday),
        new("weekend", 0, 1, Weekend),
        new("nthweekday", 3, 4, NthWeekday),
        new("this", 1, 1, (a, c) => Shift(Text(a[0]), "0", c)),
        new("shift", 2, 2, (a, c) => Shift(Text(a[0]), Text(a[1]), c)),
        new("ago", 2, 2, Ago),
        new("then", 2, 2, Then),
        new("period", 1, 1, ReportedIn),
        new("duration", 2, 3, (a, _) => a.Length == 3 ? (Text(a[2]) == "half" ? DurationAndHalf(Text(a[0]), Text(a[1])) : null) : Duration(Text(a[0]), Text(a[1]))),
        new("season", 1, 2, Season),
        new("quarter", 1, 2, (a, c) => Part(a, c, TimePrecision.Quarter)),
        new("half", 1, 2, (a, c) => Part(a, c, TimePrecision.Half)),
        new("year", 1, 1, (a, _) => Int(a[0]) is { } y and > 0 and < 10000 ? TimeValue.Point(new DateOnly(y, 1, 1), TimePrecision.Year) : null),
        new("century", 1, 1, (a, _) => Int(a[0]) is { } c and > 0 and < 100 ? TimeValue.Point(new DateOnly(Math.Max(1, (c - 1) * 100), 1, 1), TimePrecision.Century) : null),
        new("decade", 1, 1, (a, _) => Int(a[0]) is { } d and > 0 and < 1000 ? TimeValue.Point(new DateOnly(d * 10, 1, 1), TimePrecision.Decade) : null),
        new("iso", 1, 1, (a, _) => DateOnly.TryParseExact(Text(a[0]), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? TimeValue.Point(d, TimePrecision.Day) : null),
        new("tod", 2, 2, PartOfDay),
        new("clock", 2, 3, Clock),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => Functions.Keys;

    public static TimeFunction? Find(string name) => Functions.GetValueOrDefault(name);

    /// <summary>Which of the candidate periods a name with no year means.</summary>
    private enum Choice
    {
        /// <summary>The one in the DCT's own cycle (week or year).</summary>
        Same,
        OnOrBefore,
        OnOrAfter,
        Before,
        After,

        /// <summary>The nearest to the DCT, the earlier on a tie.</summary>
        Nearest,
    }

    private static Choice ChoiceOf(object? direction, TimeContext context, Choice unknown) => Text(direction) switch
    {
        "before" => Choice.Before,
        "after" => Choice.After,
        _ => context.Tense switch
        {
            Tense.Past or Tense.Behind => Choice.OnOrBefore,
            Tense.Future => Choice.OnOrAfter,
            _ => unknown,
        },
    };

    /// <summary>
    /// Picks among <paramref name="candidate"/>(-1), (0) and (1) (the previous, the DCT's and the next
    /// cycle) by how each starts against <paramref name="reference"/>.
    /// </summary>
    private static TimeValue? Choose(Func<int, TimeValue?> candidate, DateOnly reference, Choice choice)
    {
        TimeValue? best = null;
        for (var k = -1; k <= 1; k++)
        {
            if (candidate(k) is not { } c)
                continue;
            var take = choice switch
            {
                Choice.Same => k == 0,
                Choice.OnOrBefore => c.Anchor <= reference && (best is null || c.Anchor > best.Anchor),
                Choice.Before => c.Anchor < reference && (best is null || c.Anchor > best.Anchor),
                Choice.OnOrAfter => c.Anchor >= reference && (best is null || c.Anchor < best.Anchor),
                Choice.After => c.Anchor > reference && (best is null || c.Anchor < best.Anchor),
                _ => best is null || Distance(c.Anchor, reference) < Distance(best.Anchor, reference),
            };
            if (take)
                best = c;
        }

        return best;
    }

    private static int Distance(DateOnly a, DateOnly b) => Math.Abs(a.DayNumber - b.DayNumber);

    /// <summary>
    /// date(year, month, day[, before|after]): any part may be "_"; a missing year is chosen by tense. A year
    /// of "X" is every year, for a set: "each July" is XXXX-07.
    /// </summary>
    private static TimeValue? Date(object?[] args, TimeContext context)
    {
        var everyYear = Text(args[0]) == "X";
        var year = Int(args[0]);
        var month = args.Length > 1 ? Int(args[1]) : null;
        var day = args.Length > 2 ? Int(args[2]) : null;
        if (month is not null and (< 1 or > 12) || day is not null && month is null || year is not null and (< 1 or > 9999))
            return null;
        if (day is { } d && (d < 1 || d > 31))
            return null;
        var precision = day is not null ? TimePrecision.Day : month is not null ? TimePrecision.Month : TimePrecision.Year;
        TimeValue? Make(int y) => day is { } dd && dd > DateTime.DaysInMonth(y, month!.Value) ? null
            : TimeValue.Point(new DateOnly(y, month ?? 1, day ?? 1), precision);
        if (year is { } known)
            return Make(known);
        if (month is null)
            return null;
        if (everyYear || context.Today is not { } today)
            return TimeValue.Of(day is { } x ? $"XXXX-{month:D2}-{x:D2}" : $"XXXX-{month:D2}");
        var reference = TimeValue.Truncate(today, precision);
        var choice = args.Length > 3 ? ChoiceOf(args[3], context, Choice.Same) : NearestUnlessTense(context);
        // A date a few weeks ahead is more likely meant than one most of a year back, whatever tense the
        // sentence seems to have: "the offer, which expires Nov. 16, was..." written in late October; but
        // not after "since".
        if (choice == Choice.OnOrBefore && context.Tense != Tense.Behind && Make(today.Year) is { } ahead && ahead.Anchor > reference && ahead.Anchor.DayNumber - reference.DayNumber <= CloseAhead)
            return ahead;
        return Choose(k => Make(today.Year + k), reference, choice);
    }

    /// <summary>How many days ahead of the DCT a date named without its year is taken as this year's even in a past sentence.</summary>
    private const int CloseAhead = 90;

    /// <summary>A date named without its year is the nearest one to the DCT unless the tense says which side it is on.</summary>
    private static Choice NearestUnlessTense(TimeContext context) => ChoiceOf(null, context, Choice.Nearest);

    /// <summary>
    /// weekday(1..7[, before|after[, then]]): in the DCT's week or next to it, by tense; the nearest when the
    /// tense says nothing. With "then", counted from the day the text named last instead of the DCT: "the
    /// previous Friday" and "the following Monday" look from the story's day.
    /// </summary>
    private static TimeValue? Weekday(object?[] args, TimeContext context)
    {
        if (Int(args[0]) is not { } weekday || weekday is < 1 or > 7)
            return null;
        if (context.Today is not { } today)
            return TimeValue.Of($"XXXX-WXX-{weekday}");
        var reference = args.Length > 2 && Text(args[2]) == "then" && context.LastNamed(TimePrecision.Day) is { } named ? named : today;
        var monday = TimeValue.Truncate(reference, TimePrecision.Week);
        return Choose(k => TimeValue.Point(monday.AddDays(7 * k + weekday - 1), TimePrecision.Day), reference, ChoiceOf(args.Length > 1 ? args[1] : null, context, Choice.Nearest));
    }

    /// <summary>nthweekday(n, 1..7, month[, before|after]): "the fourth Thursday of November", the year by tense.</summary>
    private static TimeValue? NthWeekday(object?[] args, TimeContext context)
    {
        if (Int(args[0]) is not { } n || Int(args[1]) is not { } weekday || Int(args[2]) is not { } month || n is < 1 or > 5 || weekday is < 1 or > 7 || month is < 1 or > 12)
            return null;
        if (context.Today is not { } today)
            return null;
        TimeValue? Make(int year)
        {
            var first = new DateOnly(year, month, 1);
            var day = first.AddDays((weekday - 1 - ((int)first.DayOfWeek + 6) % 7 + 7) % 7 + 7 * (n - 1));
            return day.Month == month ? TimeValue.Point(day, TimePrecision.Day) : null;
        }

        return Choose(k => Make(today.Year + k), today, ChoiceOf(args.Length > 3 ? args[3] : null, context, Choice.Nearest));
    }

    /// <summary>weekend([before|after]): the weekend the tense points to, as "2023-W07-WE".</summary>
    private static TimeValue? Weekend(object?[] args, TimeContext context)
    {
        if (context.Today is not { } today)
            return TimeValue.Of("XXXX-WXX-WE");
        var saturday = TimeValue.Truncate(today, TimePrecision.Week).AddDays(5);
        var chosen = Choose(k => TimeValue.Point(saturday.AddDays(7 * k), TimePrecision.Day), today, ChoiceOf(args.Length > 0 ? args[0] : null, context, Choice.Same));
        return chosen is null ? null : TimeValue.Point(chosen.Anchor, TimePrecision.Week) with { Weekend = true };
    }

    /// <summary>shift(unit, n): the DCT's period of that unit, n periods on; n of "X" is only a direction.</summary>
    private static TimeValue? Shift(string? unit, string? count, TimeContext context)
    {
        if (PrecisionOf(unit) is not { } precision || count is null)
            return null;
        var vague = count.TrimStart('-') == "X";
        if (!vague && !int.TryParse(count, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            return null;
        var n = vague ? 0 : int.Parse(count, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (context.Today is not { } today || vague)
            return TimeValue.Of(count.StartsWith('-') ? "PAST_REF" : n == 0 && !vague ? "PRESENT_REF" : "FUTURE_REF");
        var point = TimeValue.Point(today, precision) with { Weekend = unit == "WE" };
        return point.Shift(n * (unit == "2W" ? 2 : 1));
    }

    /// <summary>
    /// ago(unit, n): n units before now, at the unit's precision; n years before the reporting period the
    /// text last named when it named one ("a year earlier", "the year-ago quarter" in a quarterly report).
    /// </summary>
    private static TimeValue? Ago(object?[] args, TimeContext context)
    {
        if (Text(args[0]) == "Y" && Int(args[1]) is { } years && context.Today is not null && context.ReportingPeriod is { } period)
            return period with { Anchor = period.Anchor.AddYears(-years) };
        return Text(args[1]) is { } n ? Shift(Text(args[0]), n.StartsWith('-') ? n[1..] : "-" + n, context) : null;
    }

    /// <summary>
    /// then(unit, n): the period of that unit holding the date the text named last, n periods on ("that
    /// year", "the following month" after "in March 1998"); from the DCT when the text named none.
    /// </summary>
    private static TimeValue? Then(object?[] args, TimeContext context)
    {
        var unit = Text(args[0]);
        if (PrecisionOf(unit) is not { } precision || !int.TryParse(Text(args[1]), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            return null;
        return context.LastNamed(precision) is { } named ? TimeValue.Point(named, precision).Shift(n) : Shift(unit, Text(args[1]), context);
    }

    /// <summary>
    /// period(year): the reporting period (quarter, half) the text last named, in that year ("the 1988
    /// quarter" after "the third quarter"); the year itself when the text named none.
    /// </summary>
    private static TimeValue? ReportedIn(object?[] args, TimeContext context)
    {
        if (Int(args[0]) is not { } year || year is < 1 or > 9999)
            return null;
        return context.Today is not null && context.ReportingPeriod is { } period
            ? period with { Anchor = new DateOnly(year, period.Anchor.Month, 1) }
            : TimeValue.Point(new DateOnly(year, 1, 1), TimePrecision.Year);
    }

    /// <summary>duration(n, unit): "P2Y", "PT3H", "PXD" for a count not given.</summary>
    private static TimeValue? Duration(string? count, string? unit)
    {
        var n = count ?? "X";
        if (n != "X" && !int.TryParse(n, CultureInfo.InvariantCulture, out _))
            return null;
        return unit switch
        {
            "S" => TimeValue.Of($"PT{n}S"),
            "MIN" => TimeValue.Of($"PT{n}M"),
            "H" => TimeValue.Of($"PT{n}H"),
            "2W" => TimeValue.Of(n == "X" ? "PXW" : $"P{2 * int.Parse(n, CultureInfo.InvariantCulture)}W"),
            // Decades and centuries are counted in years, as TimeBank writes them: "P20Y", "PXY".
            "DE" or "CE" => TimeValue.Of(n == "X" ? "PXY" : $"P{int.Parse(n, CultureInfo.InvariantCulture) * (unit == "DE" ? 10 : 100)}Y"),
            "D" or "W" or "WE" or "M" or "Q" or "Y" => TimeValue.Of($"P{n}{unit}"),
            _ => null,
        };
    }

    /// <summary>
    /// duration(n, unit, half): n and a half units, in the next smaller unit where it divides evenly
    /// ("P2Y6M", "PT1H30M", "PT30M" for half an hour), else as a decimal fraction, which ISO 8601 allows
    /// in the last component ("P2.5W").
    /// </summary>
    private static TimeValue? DurationAndHalf(string? count, string? unit)
    {
        if (!int.TryParse(count, CultureInfo.InvariantCulture, out var n) || n < 0)
            return null;
        string Whole(string letter) => n == 0 ? "" : $"{n}{letter}";
        return unit switch
        {
            "S" => TimeValue.Of($"PT{n}.5S"),
            "MIN" => TimeValue.Of($"PT{Whole("M")}30S"),
            "H" => TimeValue.Of($"PT{Whole("H")}30M"),
            "D" => TimeValue.Of($"P{Whole("D")}T12H"),
            "Y" => TimeValue.Of($"P{Whole("Y")}6M"),
            "DE" => TimeValue.Of($"P{10 * n + 5}Y"),
            "CE" => TimeValue.Of($"P{100 * n + 50}Y"),
            "2W" => TimeValue.Of($"P{2 * n + 1}W"),
            "W" or "WE" or "M" or "Q" => TimeValue.Of($"P{n}.5{unit}"),
            _ => null,
        };
    }

    private static readonly Dictionary<string, int> SeasonMonths = new(StringComparer.Ordinal) { ["SP"] = 3, ["SU"] = 6, ["FA"] = 9, ["WI"] = 12 };

    /// <summary>season(SP|SU|FA|WI[, year|before|after]).</summary>
    private static TimeValue? Season(object?[] args, TimeContext context)
    {
        if (Text(args[0]) is not { } season || !SeasonMonths.TryGetValue(season, out var month))
            return null;
        TimeValue Make(int y) => new() { Anchor = new DateOnly(y, month, 1), Precision = TimePrecision.Season, Season = season };
        if (args.Length > 1 && Int(args[1]) is { } year)
            return Make(year);
        if (context.Today is not { } today)
            return TimeValue.Of($"XXXX-{season}");
        return Choose(k => Make(today.Year + k), today, ChoiceOf(args.Length > 1 ? args[1] : null, context, Choice.Same));
    }

    /// <summary>quarter(1..4[, year|before|after]) and half(1..2[, ...]).</summary>
    private static TimeValue? Part(object?[] args, TimeContext context, TimePrecision precision)
    {
        var months = precision == TimePrecision.Quarter ? 3 : 6;
        if (Int(args[0]) is not { } part || part < 1 || part > 12 / months)
            return null;
        TimeValue Make(int y) => TimeValue.Point(new DateOnly(y, (part - 1) * months + 1, 1), precision);
        if (args.Length > 1 && Int(args[1]) is { } year)
            return Make(year);
        if (context.Today is not { } today)
            return TimeValue.Of($"XXXX-{(precision == TimePrecision.Quarter ? 'Q' : 'H')}{part}");
        // A reporting period is reported on after it ends, so only the past tense tells which year: "expects
        // third-quarter results" is about this year's.
        var choice = ChoiceOf(args.Length > 1 ? args[1] : null, context, Choice.Same);
        return Choose(k => Make(today.Year + k), TimeValue.Truncate(today, precision), choice == Choice.OnOrAfter ? Choice.Same : choice);
    }

    /// <summary>tod(day, MO|AF|EV|NI): a part of a day.</summary>
    private static TimeValue? PartOfDay(object?[] args, TimeContext context)
    {
        if (Text(args[1]) is not { } part)
            return null;
        return args[0] switch
        {
            TimeValue { IsPoint: true, Precision: >= TimePrecision.Day } day => day with { Precision = TimePrecision.PartOfDay, DayPart = part },
            TimeValue { Literal: { } literal } when literal.StartsWith("XXXX", StringComparison.Ordinal) => TimeValue.Of(literal + "T" + part),
            _ => null,
        };
    }

    /// <summary>
    /// clock(day or _, "9" or "9:30"[, AM|PM]): a time of day; when no day is given, on the day named right
    /// before it ("Tuesday at 9 p.m."), else on the DCT.
    /// </summary>
    private static TimeValue? Clock(object?[] args, TimeContext context)
    {
        if (Text(args[1]) is not { } time)
            return null;
        var colon = time.IndexOf(':');
        if (!int.TryParse(colon < 0 ? time : time[..colon], CultureInfo.InvariantCulture, out var hour) || hour > 24)
            return null;
        var minute = colon < 0 ? 0 : int.Parse(time[(colon + 1)..], CultureInfo.InvariantCulture);
        var half = args.Length > 2 ? Text(args[2]) : null;
        if (half is not null && (hour is 0 or > 12))
            return null;
        hour = half switch
        {
            "PM" when hour < 12 => hour + 12,
            "AM" when hour == 12 => 0,
            _ => hour,
        };
        var day = args[0] as TimeValue ?? context.DayRightBefore ?? (context.Today is { } today ? TimeValue.Point(today, TimePrecision.Day) : null);
        if (day is null)
            return TimeValue.Of($"XXXX-XX-XXT{hour:D2}:{minute:D2}");
        if (day is not { IsPoint: true, Precision: >= TimePrecision.Day })
            return null;
        return day with { Precision = TimePrecision.Minute, Hour = hour, Minute = minute };
    }

    private static TimePrecision? PrecisionOf(string? unit) => unit switch
    {
        "D" => TimePrecision.Day,
        "W" or "WE" or "2W" => TimePrecision.Week,
        "M" => TimePrecision.Month,
        "Q" => TimePrecision.Quarter,
        "H1" or "H2" => TimePrecision.Half,
        "Y" => TimePrecision.Year,
        "DE" => TimePrecision.Decade,
        "CE" => TimePrecision.Century,
        _ => null,
    };

    private static string? Text(object? value) => value as string;

    /// <summary>A number from text, or the year of a point.</summary>
    private static int? Int(object? value) => value switch
    {
        string s when int.TryParse(s, CultureInfo.InvariantCulture, out var n) => n,
        TimeValue { IsPoint: true } point => point.Anchor.Year,
        _ => null,
    };
}
