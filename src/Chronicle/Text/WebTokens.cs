using System.Collections.Frozen;

namespace Chronicle.Text;

/// <summary>Recognizes URLs and e-mail addresses, which keep their dots, slashes and '@' inside one token.</summary>
internal static class WebTokens
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomains =
        FrozenSet.Create(StringComparer.Ordinal, "com", "org", "net", "gov", "edu", "int", "mil", "info", "io", "news", "biz", "tv", "uk")
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The end of a URL starting at <paramref name="start"/> ("http(s)://", "ftp://" or "www."), or -1.
    /// Trailing sentence punctuation and unbalanced closing brackets are left outside the URL.
    /// </summary>
    public static int UrlEnd(ReadOnlySpan<char> text, int start)
    {
        if ((text[start] | 0x20) is not ('h' or 'w' or 'f'))
            return -1;
        var rest = text[start..];
        int prefix;
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            prefix = 8;
        else if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            prefix = 7;
        else if (rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase))
            prefix = 6;
        else if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            prefix = 4;
        else
            return -1;

        var end = prefix;
        while (end < rest.Length && !IsUrlStop(rest[end]))
            end++;
        while (end > prefix && IsTrailing(rest[..end]))
            end--;
        return end > prefix ? start + end : -1;
    }

    /// <summary>
    /// The end of a bare domain name starting at <paramref name="start"/> ("example.com", "reuters.com/world"),
    /// or -1. Only generic top-level domains count, so that "end.In" typed without a space stays two words.
    /// </summary>
    public static int DomainEnd(ReadOnlySpan<char> text, int start)
    {
        var (end, labels, topLevel) = HostName(text, start);
        if (end < 0)
            return -1;
        if (labels < 2 || !TopLevelDomains.Contains(text[topLevel..end]) || TextChars.IsWordChar(text, end))
            return -1;
        if (end < text.Length && text[end] == '/')
        {
            var path = end;
            while (end < text.Length && !IsUrlStop(text[end]))
                end++;
            while (end > path && IsTrailing(text[start..end]))
                end--;
        }

        return end;
    }

    /// <summary>The end of an e-mail address starting at <paramref name="start"/>, or -1.</summary>
    public static int EmailEnd(ReadOnlySpan<char> text, int start)
    {
        var at = start;
        while (at < text.Length && IsLocalChar(text[at]))
            at++;
        if (at == start || at >= text.Length || text[at] != '@' || text[at - 1] == '.')
            return -1;

        var (end, labels, topLevel) = HostName(text, at + 1);
        if (end < 0)
            return -1;
        var topLevelIsWord = end - topLevel >= 2 && !text[topLevel..end].ContainsAnyExcept(TextChars.AsciiLetters);
        return labels >= 2 && topLevelIsWord ? end : -1;
    }

    /// <summary>
    /// Reads dot-separated labels of letters, digits and hyphens from <paramref name="start"/>: where
    /// they end, how many there are, and where the last one (the top-level domain) starts; End is -1
    /// when there is no label at all or a dot is not followed by one.
    /// </summary>
    private static (int End, int Labels, int TopLevel) HostName(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        var labels = 0;
        while (true)
        {
            var label = end;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '-'))
                end++;
            if (end == label)
                return (-1, labels, label);
            labels++;
            if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiLetterOrDigit(text[end + 1]))
            {
                end++;
                continue;
            }

            return (end, labels, label);
        }
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsUrlStop(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '<' or '>' || TextChars.IsDoubleQuote(c)
        || c is '\u2018' or '\u2019';

    /// <summary>Whether the last character of a URL candidate is punctuation around it rather than part of it.</summary>
    private static bool IsTrailing(ReadOnlySpan<char> url) => url[^1] switch
    {
        '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*' => true,
        ')' => url.Count('(') < url.Count(')'),
        ']' => url.Count('[') < url.Count(']'),
        '}' => url.Count('{') < url.Count('}'),
        _ => false,
    };
}
