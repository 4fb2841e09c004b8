using System.Globalization;

namespace Chronicle.Actors.Knowledge;

/// <summary>Reads a person's "role:" value: "IRNGOV 2021-08-25..2024-05-19 foreign minister"; dates are YYYY, YYYY-MM or YYYY-MM-DD, either end may be empty.</summary>
public static class RoleLine
{
    public static DatedCode Parse(string value, string source, int line)
    {
        var parts = value.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts[1].Contains(".."))
            throw new DictionaryFormatException(source, line, $"a role is 'CODE FROM..TO title', found '{value}'");
        var code = ParseCode(parts[0], source, line);
        var range = parts[1].Split("..");
        var from = ParseDate(range[0], end: false, source, line);
        var to = ParseDate(range[1], end: true, source, line);
        if (from > to)
            throw new DictionaryFormatException(source, line, $"a role that ends before it starts: '{parts[1]}'");
        return new DatedCode(code, from, to, parts.Length > 2 ? parts[2] : null);
    }

    public static ActorCode ParseCode(string code, string source, int line)
    {
        try
        {
            return SectorCodes.Parse(code);
        }
        catch (FormatException e)
        {
            throw new DictionaryFormatException(source, line, e.Message);
        }
    }

    /// <summary>A partial date as the first day it covers (a start) or the last (an end).</summary>
    public static DateOnly? ParseDate(string text, bool end, string source, int line)
    {
        if (text.Length == 0)
            return null;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (!DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new DictionaryFormatException(source, line, $"'{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        if (!end)
            return date;
        return text.Length switch
        {
            4 => new DateOnly(date.Year, 12, 31),
            7 => new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)),
            _ => date,
        };
    }
}
