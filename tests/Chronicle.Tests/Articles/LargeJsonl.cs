using System.Text;

namespace Chronicle.Tests.Articles;

/// <summary>
/// A large JSONL file written fast, line by line: articles of about a kilobyte with every 997th line
/// broken in one of the ways real exports break, and a note of which line is which.
/// </summary>
internal sealed class LargeJsonl
{
    private static readonly string Body = string.Concat(Enumerable.Repeat(
        "Dock workers in the port city walked out on Monday over unpaid wages, and the port authority said talks would resume on Wednesday. ", 7));

    /// <summary>Broken lines by line number, with what is wrong with each.</summary>
    public Dictionary<int, string> Broken { get; } = [];

    /// <summary>The number of each line that holds a good article, whose id is "n" and that number.</summary>
    public List<int> Good { get; } = [];

    public long Bytes { get; private set; }

    /// <summary>Writes at least <paramref name="bytes"/> to <paramref name="path"/>; a "too long" line is longer than <paramref name="maxLineBytes"/>.</summary>
    public static LargeJsonl Write(string path, long bytes, int maxLineBytes)
    {
        var file = new LargeJsonl();
        var tooLong = new string('x', maxLineBytes + 1);
        using var output = new BufferedStream(File.Create(path), 1 << 20);
        for (var line = 1; file.Bytes < bytes; line++)
        {
            var (text, breakage) = (line % 997) switch
            {
                0 => Breakage(line),
                500 => ("", null),
                _ => (Article(line), null),
            };
            var encoded = Encoding.UTF8.GetBytes(text);
            if (breakage == "invalid UTF-8")
                encoded[^3] = 0xFF;
            if (breakage == "too long")
                encoded = Encoding.UTF8.GetBytes($$"""{"id": "n{{line}}", "text": "{{tooLong}}"}""");

            output.Write(encoded);
            output.WriteByte((byte)'\n');
            file.Bytes += encoded.Length + 1;
            if (breakage is not null)
                file.Broken[line] = breakage;
            else if (text.Length > 0)
                file.Good.Add(line);
        }

        return file;
    }

    private static string Article(int line) =>
        $$"""{"id": "n{{line}}", "title": "Port strike, day {{line}}", "date": "2024-03-05", "source": "Wire", "text": "Report {{line}}. {{Body}}"}""";

    private static (string Text, string? Breakage) Breakage(int line) => (line / 997 % 6) switch
    {
        0 => (Article(line)[..60], "truncated"),
        1 => (Article(line), "invalid UTF-8"),
        2 => ("[1, 2, 3]", "not an object"),
        3 => ($$"""{"id": "n{{line}}", "text": 42}""", "text not a string"),
        4 => ($$"""{"id": "n{{line}}", "text": "\ud800"}""", "lone surrogate"),
        _ => ("", "too long"),
    };
}
