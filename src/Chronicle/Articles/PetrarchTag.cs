using System.Net;
using System.Text.RegularExpressions;

namespace Chronicle.Articles;

/// <summary>
/// One tag of a PETRARCH record file (<c>&lt;Sentence id="X" date='Y'&gt;</c>, <c>&lt;/Text&gt;</c>), read
/// leniently: attributes in any order, in double, single or no quotes, with spaces around '=' (the
/// GigaWord sample writes <c>date = "2008"</c>); names compared without case.
/// </summary>
internal sealed partial record PetrarchTag(string Name, bool IsEnd, bool IsSelfClosing, IReadOnlyDictionary<string, string> Attributes)
{
    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new Dictionary<string, string>().AsReadOnly();

    public bool Is(string name) => Name.Equals(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The attribute's value, or null when the tag does not have it.</summary>
    public string? Attribute(string name) => Attributes.GetValueOrDefault(name);

    /// <summary>Whether a tag (not a lone '&lt;' of unescaped text, nor a declaration) starts at <paramref name="start"/>.</summary>
    public static bool StartsAt(string line, int start)
    {
        var first = start + 1 < line.Length && line[start + 1] == '/' ? start + 2 : start + 1;
        return first < line.Length && char.IsAsciiLetter(line[first]);
    }

    /// <summary>The name of the tag that starts at <paramref name="start"/>.</summary>
    public static string NameAt(string line, int start)
    {
        var from = line[start + 1] == '/' ? start + 2 : start + 1;
        var to = from;
        while (to < line.Length && IsNameChar(line[to]))
            to++;
        return line[from..to];
    }

    /// <summary>
    /// The index of the '&gt;' that ends the tag starting at <paramref name="start"/>, or -1 when the
    /// tag goes on past the end of the text. A '&gt;' inside a quoted value does not end the tag.
    /// </summary>
    public static int FindEnd(string text, int start)
    {
        char quote = '\0';
        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                    quote = '\0';
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reads a tag from its '&lt;' to its '&gt;' (or to where it was cut off, for a tag that never closes).</summary>
    public static PetrarchTag Parse(string markup)
    {
        var isEnd = markup.Length > 1 && markup[1] == '/';
        var name = NameAt(markup, 0);
        var body = markup[((isEnd ? 2 : 1) + name.Length)..].TrimEnd();
        if (body.EndsWith('>'))
            body = body[..^1];
        var selfClosing = body.EndsWith('/');
        if (selfClosing)
            body = body[..^1];
        return new PetrarchTag(name, isEnd, selfClosing, isEnd ? NoAttributes : ParseAttributes(body));
    }

    private static IReadOnlyDictionary<string, string> ParseAttributes(string body)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in AttributePattern().Matches(body))
        {
            // Duplicates are not XML; the first is kept, as PETRARCH's own search for a name found the first.
            // Values are decoded as XML text, leaving a lone '&' ("AT&T") as written.
            attributes.TryAdd(match.Groups["name"].Value, WebUtility.HtmlDecode(match.Groups["value"].Value));
        }

        return attributes.AsReadOnly();
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or ':';

    // A name starts only where no name character is before it, and is taken whole (atomic): otherwise a long
    // run of letters with no '=' after it is tried from each of its letters at each of its lengths, which
    // took a 500 KB attribute value minutes.
    [GeneratedRegex("""(?<![\w.:-])(?>(?<name>[A-Za-z_][\w.:-]*))\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"']+))""")]
    private static partial Regex AttributePattern();
}
