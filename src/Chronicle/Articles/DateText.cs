using System.Globalization;

namespace Chronicle.Articles;

/// <summary>Reads publication dates as sources write them: ISO 8601, RFC 822 (feeds) and common variants.</summary>
internal static class DateText
{
    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz",
        "ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss",
    ];

    /// <summary>
    /// The calendar date the source states, in its own time zone: "2024-03-05T23:30:00-05:00" is
    /// March 5, not March 6 in UTC. Null when the text is not a date.
    /// </summary>
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;

        text = text.Trim();
        var styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var parsed)
            || DateTimeOffset.TryParseExact(Rfc822Zone(text), Rfc822Formats, CultureInfo.InvariantCulture, styles, out parsed))
        {
            return DateOnly.FromDateTime(parsed.DateTime);
        }

        return null;
    }

    // RFC 822 writes offsets as "+0300" and zones as "GMT"/"UTC"; .NET's "zzz" wants "+03:00".
    private static string Rfc822Zone(string text)
    {
        var space = text.LastIndexOf(' ');
        var zone = space < 0 ? "" : text[(space + 1)..];
        if (zone.Length == 5 && zone[0] is '+' or '-' && !zone.AsSpan(1).ContainsAnyExceptInRange('0', '9'))
            return $"{text[..space]} {zone[..3]}:{zone[3..]}";
        if (zone is "GMT" or "UT" or "UTC" or "Z")
            return $"{text[..space]} +00:00";
        return text;
    }
}
