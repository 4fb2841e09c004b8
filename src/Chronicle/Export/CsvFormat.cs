using System.Globalization;

namespace Chronicle.Export;

/// <summary>RFC 4180 CSV rows: fields with commas, quotes or line breaks are quoted, quotes doubled; numbers in the invariant culture.</summary>
public static class CsvFormat
{
    /// <summary>One row, without its line break.</summary>
    public static string Row(IEnumerable<object?> fields) => string.Join(',', fields.Select(Field));

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
