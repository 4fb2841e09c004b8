using System.IO.Compression;
using System.Text;

namespace Chronicle.Bench;

/// <summary>
/// Turns a CoNLL-style file (token in the first column, blank line between sentences,
/// "-DOCSTART- (id)" lines between documents) back into running text, so that real news can be measured
/// without keeping it as text: tokens joined by spaces, sentences by a space, documents by a blank line.
/// </summary>
internal sealed record ConllText(string Text, IReadOnlyList<int> SentenceEnds)
{
    /// <summary>Reads <paramref name="path"/> (gzip if it ends in ".gz"), keeping the documents whose id starts with <paramref name="documentPrefix"/>.</summary>
    public static ConllText Read(string path, string documentPrefix = "")
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = new StringBuilder();
        var sentenceEnds = new List<int>();
        var keep = documentPrefix.Length == 0;
        var inSentence = false;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                keep = line.Contains($"({documentPrefix}", StringComparison.Ordinal);
                if (keep && text.Length > 0)
                    text.Append("\n\n");
                continue;
            }

            if (!keep)
                continue;
            var tab = line.IndexOfAny(['\t', ' ']);
            var token = tab < 0 ? line : line[..tab];
            if (token.Length == 0)
            {
                if (inSentence)
                    sentenceEnds.Add(text.Length);
                inSentence = false;
                continue;
            }

            if (text.Length > 0 && text[^1] != '\n')
                text.Append(' ');
            text.Append(Untreebank(token));
            inSentence = true;
        }

        if (inSentence)
            sentenceEnds.Add(text.Length);
        return new ConllText(text.ToString(), sentenceEnds);
    }

    public static bool IsConll(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return name.EndsWith(".bio", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".conll", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Brackets as the Penn Treebank escapes them ("-LRB-") are written back as brackets.</summary>
    private static string Untreebank(string token) => token switch
    {
        "-LRB-" => "(",
        "-RRB-" => ")",
        "-LSB-" => "[",
        "-RSB-" => "]",
        "-LCB-" => "{",
        "-RCB-" => "}",
        _ => token,
    };
}
