using System.Text;

namespace Chronicle.Articles;

/// <summary>Chooses the format of an input by its extension, and by its first bytes when the extension does not say.</summary>
internal static class FormatSniffer
{
    public static InputFormat Detect(string name, ReadOnlySpan<byte> head)
    {
        var start = Start(head);
        switch (Extension(name))
        {
            case ".jsonl" or ".ndjson":
                return InputFormat.Jsonl;
            case ".html" or ".htm":
                return InputFormat.Html;
            case ".txt":
                return InputFormat.Text;
            case ".xml" when IsPetrarchRecords(start):
                return InputFormat.PetrarchXml;
            case ".rss" or ".atom" or ".xml" when IsFeed(start):
                return InputFormat.Rss;
        }

        if (start.StartsWith("<!doctype html", StringComparison.Ordinal) || start.StartsWith("<html", StringComparison.Ordinal))
            return InputFormat.Html;
        if (IsFeed(start))
            return InputFormat.Rss;
        if (start.StartsWith('<') && IsPetrarchRecords(start))
            return InputFormat.PetrarchXml;
        return start.StartsWith('{') ? InputFormat.Jsonl : InputFormat.Text;
    }

    private static bool IsFeed(string start) =>
        start.StartsWith('<')
        && (start.Contains("<rss", StringComparison.Ordinal) || start.Contains("<feed", StringComparison.Ordinal) || start.Contains("<rdf:rdf", StringComparison.Ordinal));

    // PETRARCH validation files open with a long comment and an <Environment> block, but their first
    // record and its text come within the head.
    private static bool IsPetrarchRecords(string start) => ContainsTag(start, "<sentence") && ContainsTag(start, "<text");

    // The tag itself, not a longer name it begins ("<sentences>").
    private static bool ContainsTag(string text, string tag)
    {
        for (var at = text.IndexOf(tag, StringComparison.Ordinal); at >= 0; at = text.IndexOf(tag, at + 1, StringComparison.Ordinal))
        {
            var next = at + tag.Length;
            if (next < text.Length && (char.IsWhiteSpace(text[next]) || text[next] is '>' or '/'))
                return true;
        }

        return false;
    }

    private static string Extension(string name)
    {
        // A URL's extension is that of its path, not of its query.
        var path = Uri.TryCreate(name, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal) ? uri.AbsolutePath : name;
        return Path.GetExtension(path).ToLowerInvariant();
    }

    // The head, lower-cased from its first non-blank character; lenient, since it only picks a reader.
    private static string Start(ReadOnlySpan<byte> head)
    {
        var text = TextEncodings.HasUtf16Bom(head)
            ? (head[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(head[2..])
            : Encoding.UTF8.GetString(TextEncodings.SkipUtf8Bom(head));
        return text.TrimStart().ToLowerInvariant();
    }
}
