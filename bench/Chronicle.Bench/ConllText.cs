using System.IO.Compression;
using System.Text;

namespace Chronicle.Bench;

/// <summary>
/// Turns a CoNLL-style file (token in the first column, blank line between sentences, "-DOCSTART-"
/// between documents) back into running text, so that real news can be measured without storing it as text.
/// </summary>
internal static class ConllText
{
    /// <summary>Tokens joined by spaces, sentences by a space, documents by a blank line.</summary>
    public static string Join(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (text.Length > 0)
                    text.Append("\n\n");
                continue;
            }

            var tab = line.IndexOfAny(['\t', ' ']);
            var token = tab < 0 ? line : line[..tab];
            if (token.Length == 0)
                continue;
            if (text.Length > 0 && text[^1] != '\n')
                text.Append(' ');
            text.Append(Untreebank(token));
        }

        return text.ToString();
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
