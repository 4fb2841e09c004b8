using System.IO.Compression;

namespace Chronicle.Tagging;

/// <summary>
/// Reads CoNLL-style files: one token a line with whitespace-separated columns, a blank line between
/// sentences, "-DOCSTART-" lines between documents; ".gz" files are read through gzip.
/// </summary>
public static class ConllFile
{
    /// <summary>Sentences whose labels come from the given column (negative counts from the end: -1 is the last).</summary>
    public static IEnumerable<LabeledSentence> ReadSentences(string path, int labelColumn)
    {
        var tokens = new List<string>();
        var labels = new List<string>();
        foreach (var (_, columns) in ReadRows(path))
        {
            if (columns is null)
            {
                if (tokens.Count > 0)
                    yield return new LabeledSentence([.. tokens], [.. labels]);
                tokens.Clear();
                labels.Clear();
                continue;
            }

            tokens.Add(columns[0]);
            labels.Add(columns[labelColumn < 0 ? columns.Length + labelColumn : labelColumn]);
        }

        if (tokens.Count > 0)
            yield return new LabeledSentence([.. tokens], [.. labels]);
    }

    /// <summary>
    /// Every line with its columns; null columns for a sentence break (a blank line or a "-DOCSTART-" line,
    /// which is returned as its own line so writers can pass it through).
    /// </summary>
    public static IEnumerable<(string Line, string[]? Columns)> ReadRows(string path)
    {
        using var reader = Open(path);
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
                yield return (line, null);
            else
                yield return (line, line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        }
    }

    private static StreamReader Open(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream);
    }
}
