using System.ComponentModel;
using System.Globalization;
using Chronicle.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Chronicle.Web.Api;

/// <summary>
/// The query string of the event endpoints: the filters of <c>chronicle events</c>, a sort and a page.
/// Everything binds as text and is checked here, so a bad value gets a message naming it.
/// </summary>
public sealed record EventFilterParameters
{
    public const int DefaultLimit = 100;

    public const int MaxLimit = 1000;

    [Description("Source or target: words of its text or name, or a whole code (IRNGOV).")]
    [FromQuery(Name = "actor")]
    public string? Actor { get; init; }

    [Description("A whole source actor code.")]
    [FromQuery(Name = "source")]
    public string? Source { get; init; }

    [Description("A whole target actor code.")]
    [FromQuery(Name = "target")]
    public string? Target { get; init; }

    [Description("Source or target country code (IRN).")]
    [FromQuery(Name = "country")]
    public string? Country { get; init; }

    [Description("A CAMEO code or prefix: 19 for every fight.")]
    [FromQuery(Name = "cameo")]
    public string? Cameo { get; init; }

    [Description("A PLOVER event type (ASSAULT).")]
    [FromQuery(Name = "plover")]
    public string? Plover { get; init; }

    [Description("QuadClass 1-4.")]
    [FromQuery(Name = "quad")]
    public string? Quad { get; init; }

    [Description("Events on or after this date (YYYY-MM-DD).")]
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [Description("Events on or before this date (YYYY-MM-DD).")]
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [Description("Events at this place (by name).")]
    [FromQuery(Name = "near")]
    public string? Near { get; init; }

    [Description("Words the event's story must contain.")]
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    [Description("Only the events of this article.")]
    [FromQuery(Name = "article")]
    public string? Article { get; init; }

    [Description("newest (default), oldest, conflict, cooperation or confidence.")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    [Description("Page size, 1-1000 (default 100).")]
    [FromQuery(Name = "limit")]
    public string? Limit { get; init; }

    [Description("How many events to skip (default 0).")]
    [FromQuery(Name = "offset")]
    public string? Offset { get; init; }

    /// <summary>The query these parameters ask for, or the problems with them by parameter name.</summary>
    public (EventQuery? Query, Dictionary<string, string[]> Errors) ToQuery(int defaultLimit = DefaultLimit, int maxLimit = MaxLimit)
    {
        var errors = new Dictionary<string, string[]>();
        int? quad = null;
        if (Blank(Quad) is { } quadText)
        {
            if (int.TryParse(quadText, NumberStyles.None, CultureInfo.InvariantCulture, out var q) && q is >= 1 and <= 4)
                quad = q;
            else
                errors["quad"] = ["QuadClass is a number from 1 to 4."];
        }

        var query = new EventQuery
        {
            Actor = Blank(Actor),
            Source = Blank(Source),
            Target = Blank(Target),
            Country = Blank(Country),
            Cameo = Blank(Cameo),
            Plover = Blank(Plover),
            Quad = quad,
            From = Date(From, "from", errors),
            To = Date(To, "to", errors),
            Near = Blank(Near),
            Text = Blank(Q),
            Article = Blank(Article),
            Sort = SortOf(Blank(Sort), errors),
            Limit = Number(Limit, "limit", 1, maxLimit, errors) ?? defaultLimit,
            Offset = Number(Offset, "offset", 0, int.MaxValue, errors) ?? 0,
        };
        return (errors.Count == 0 ? query : null, errors);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (Blank(text) is not { } value)
            return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        errors[name] = [$"'{value}' is not a date (YYYY-MM-DD)."];
        return null;
    }

    private static int? Number(string? text, string name, int min, int max, Dictionary<string, string[]> errors)
    {
        if (Blank(text) is not { } value)
            return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
            return number;
        errors[name] = [$"{name} is a whole number from {min} to {max}."];
        return null;
    }

    private static EventSort SortOf(string? text, Dictionary<string, string[]> errors)
    {
        if (text is null)
            return EventSort.Newest;
        if (Enum.TryParse<EventSort>(text, ignoreCase: true, out var sort) && Enum.IsDefined(sort) && !int.TryParse(text, out _))
            return sort;
        errors["sort"] = ["sort is one of: " + string.Join(", ", Enum.GetNames<EventSort>().Select(n => n.ToLowerInvariant())) + "."];
        return EventSort.Newest;
    }
}
