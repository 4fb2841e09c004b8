using System.IO.Compression;
using System.Text;
using Chronicle.Tagging;

namespace Chronicle.Clustering;

/// <summary>
/// Reads the words of the corpora here as sentences, whatever their labels: CoNLL-style files (the
/// token in the first column, ".gz" read through gzip) and the GMB extract's CSV ("Sentence #,Word,POS,Tag",
/// Latin-1, "Sentence: n" in the first field opening a sentence; ".zip" holds one such file).
/// </summary>
public static class ClusterText
{
    /// <summary>The sentences of one file, by its format.</summary>
    public static IEnumerable<IReadOnlyList<string>> ReadSentences(string path) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".csv.zip", StringComparison.OrdinalIgnoreCase)
            ? ReadCsv(path)
            : ConllFile.ReadSentences(path, 0).Select(s => (IReadOnlyList<string>)s.Tokens);

    private static IEnumerable<IReadOnlyList<string>> ReadCsv(string path)
    {
        using var reader = OpenCsv(path, out var archive);
        using (archive)
        {
            var sentence = new List<string>();
            reader.ReadLine();
            while (reader.ReadLine() is { } line)
            {
                var fields = CsvFields(line);
                if (fields.Count < 2)
                    continue;
                if (fields[0].Length > 0 && sentence.Count > 0)
                {
                    yield return sentence.ToArray();
                    sentence.Clear();
                }

                if (fields[1].Length > 0)
                    sentence.Add(fields[1]);
            }

            if (sentence.Count > 0)
                yield return sentence.ToArray();
        }
    }

    private static StreamReader OpenCsv(string path, out ZipArchive? archive)
    {
        var latin1 = Encoding.Latin1;
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            archive = null;
            return new StreamReader(path, latin1);
        }

        archive = ZipFile.OpenRead(path);
        var entry = archive.Entries.FirstOrDefault(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidDataException($"{path}: no .csv file in the archive");
        return new StreamReader(entry.Open(), latin1);
    }

    /// <summary>The fields of a CSV line: commas separate, double quotes enclose, a doubled quote is one quote.</summary>
    internal static List<string> CsvFields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                field.Append(line[++i]);
            else if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
                field.Append(c);
        }

        fields.Add(field.ToString());
        return fields;
    }
}
