using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Evaluation;

/// <summary>A gold TIMEX3 of a TimeML document: chars [Start, End) of its plain text, type and value.</summary>
public sealed record GoldTimex(int Start, int End, string Type, string Value);

/// <summary>
/// A TimeML document (TimeBank, AQUAINT, TempEval-3) as the time evaluation reads it: the plain text of
/// its &lt;TEXT&gt; element (tags removed, entities decoded), its creation date, and the TIMEX3s inside
/// the text with offsets into it.
/// </summary>
public sealed partial record TimeMlDocument(string Name, string Text, DateOnly Dct, IReadOnlyList<GoldTimex> Timexes)
{
    /// <summary>
    /// Every .tml file in a folder (recursively) or a zip archive, read in memory (nothing is unpacked to
    /// disk), in path order; a file name seen twice (a copy in another folder) is read once.
    /// </summary>
    public static List<TimeMlDocument> ReadAll(string folderOrZip)
    {
        var documents = new List<TimeMlDocument>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Add(string path, Func<string> read)
        {
            if (path.EndsWith(".tml", StringComparison.OrdinalIgnoreCase) && seen.Add(Path.GetFileName(path)))
                documents.Add(Parse(Path.GetFileNameWithoutExtension(path), read()));
        }

        if (File.Exists(folderOrZip))
        {
            using var zip = ZipFile.OpenRead(folderOrZip);
            foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                Add(entry.FullName, () =>
                {
                    using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                    return reader.ReadToEnd();
                });
            }
        }
        else
        {
            foreach (var path in Directory.EnumerateFiles(folderOrZip, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                Add(path, () => File.ReadAllText(path));
        }

        return documents;
    }

    /// <summary>Reads one TimeML document; throws <see cref="InvalidDataException"/> when it has no DCT or no TEXT.</summary>
    public static TimeMlDocument Parse(string name, string xml)
    {
        var dct = DctPattern().Match(xml) is { Success: true } d && DateOnly.TryParse(d.Groups[1].Value[..Math.Min(10, d.Groups[1].Value.Length)], out var date)
            ? date : throw new InvalidDataException($"{name}: no creation time (<DCT><TIMEX3 value=...>)");
        var open = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        var close = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (open < 0 || close < open)
            throw new InvalidDataException($"{name}: no <TEXT> element");

        var text = new StringBuilder();
        var timexes = new List<GoldTimex>();
        (int Start, string Type, string Value)? current = null;
        var i = open + "<TEXT>".Length;
        while (i < close)
        {
            if (xml[i] == '<')
            {
                var end = xml.IndexOf('>', i);
                var tag = xml[(i + 1)..end];
                if (tag.StartsWith("TIMEX3", StringComparison.Ordinal))
                    current = (text.Length, Attribute(tag, "type"), Attribute(tag, "value"));
                else if (tag == "/TIMEX3" && current is { } t)
                {
                    timexes.Add(new GoldTimex(t.Start, text.Length, t.Type, t.Value));
                    current = null;
                }

                i = end + 1;
                continue;
            }

            var next = xml.IndexOf('<', i, close - i);
            text.Append(WebUtility.HtmlDecode(xml[i..(next < 0 ? close : next)]));
            i = next < 0 ? close : next;
        }

        return new TimeMlDocument(name, text.ToString(), dct, timexes);
    }

    private static string Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\b{name}=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : "";

    [GeneratedRegex("<DCT>\\s*<TIMEX3[^>]*\\bvalue=\"([^\"]+)\"")]
    private static partial Regex DctPattern();
}
