namespace Chronicle.Cli.Output;

/// <summary>Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled.</summary>
internal static class Csv
{
    public static void WriteRow(TextWriter writer, params IEnumerable<object?> fields) =>
        writer.WriteLine(string.Join(',', fields.Select(Field)));

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
