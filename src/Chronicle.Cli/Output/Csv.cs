using Chronicle.Export;

namespace Chronicle.Cli.Output;

/// <summary>Writes RFC 4180 CSV rows (<see cref="CsvFormat"/>) to a command's output.</summary>
internal static class Csv
{
    public static void WriteRow(TextWriter writer, params IEnumerable<object?> fields) => writer.WriteLine(CsvFormat.Row(fields));
}
