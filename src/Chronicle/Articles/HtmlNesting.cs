using System.Text;
using AngleSharp.Dom;

namespace Chronicle.Articles;

/// <summary>
/// Caps how deeply HTML nests before a parser sees it. The HTML parser walks its stack of open elements
/// for each block start tag, so thousands of unclosed <c>&lt;div&gt;</c>s cost time quadratic in their
/// number (100,000 of them took 20 minutes). Start tags that would open an element deeper than the cap are
/// left out, their text kept: the parser itself flattens anything deeper than 512 levels, so a page loses
/// nothing it would have shown.
/// </summary>
/// <remarks>
/// One linear pass that reads tags the way the HTML tokenizer does, closely enough for counting: comments,
/// declarations and the content of raw-text elements (script, style...) are skipped, quoted attribute
/// values may hold '&gt;', and void elements and elements closed implicitly by their siblings (p, li,
/// td...) are not counted as nesting.
/// </remarks>
internal static class HtmlNesting
{
    /// <summary>The open elements allowed, as many as the parser keeps in its tree.</summary>
    public const int MaxDepth = 512;

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "image",
        // Closed by the next of their kind, or by the end of their parent: they never pile up.
        "p", "li", "dd", "dt", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "colgroup",
        "rb", "rp", "rt", "rtc", "html", "head", "body",
    };

    // Not noscript: with scripting off, as here, its content is parsed as markup.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    /// <summary><paramref name="html"/> itself when it nests no deeper than <paramref name="maxDepth"/>; otherwise a copy without the start tags beyond it.</summary>
    public static string Cap(string html, int maxDepth = MaxDepth)
    {
        var open = new Stack<string>();
        var openByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        StringBuilder? capped = null;
        var copiedTo = 0;
        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0)
        {
            var (name, isEnd, end) = ReadTag(html, at);
            if (name is null)
            {
                at = end;
                continue;
            }

            if (isEnd)
            {
                Close(name, open, openByName);
            }
            else if (RawText.Contains(name))
            {
                end = EndOfRawText(html, end, name);
            }
            else if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase))
            {
                // Everything after it is text.
                end = html.Length;
            }
            // "<div/>" opens a div all the same: HTML ignores the slash on its own elements.
            else if (!NotNesting.Contains(name))
            {
                if (open.Count < maxDepth)
                {
                    open.Push(name);
                    openByName[name] = openByName.GetValueOrDefault(name) + 1;
                }
                else
                {
                    capped ??= new StringBuilder(html.Length);
                    capped.Append(html, copiedTo, at - copiedTo);
                    copiedTo = end;
                }
            }

            at = end;
        }

        return capped is null ? html : capped.Append(html, copiedTo, html.Length - copiedTo).ToString();
    }

    /// <summary>How many levels of elements there are from <paramref name="root"/> (level 1) down to its deepest descendant.</summary>
    public static int Depth(IElement root)
    {
        var deepest = 0;
        var pending = new Stack<(IElement Element, int Level)>();
        pending.Push((root, 1));
        while (pending.TryPop(out var next))
        {
            deepest = Math.Max(deepest, next.Level);
            foreach (var child in next.Element.Children)
                pending.Push((child, next.Level + 1));
        }

        return deepest;
    }

    /// <summary>
    /// The tag at <paramref name="at"/> (a '&lt;'): its name (null for a comment, a declaration or a lone
    /// '&lt;'), whether it is an end tag, and where the markup after it starts.
    /// </summary>
    private static (string? Name, bool IsEnd, int End) ReadTag(string html, int at)
    {
        var rest = html.AsSpan(at);
        if (rest.StartsWith("<!--"))
            return (null, false, After(html, "-->", at + 4));
        if (rest.Length > 1 && rest[1] is '!' or '?')
            return (null, false, After(html, ">", at + 2));

        var isEnd = rest.Length > 1 && rest[1] == '/';
        var nameStart = at + (isEnd ? 2 : 1);
        if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            return (null, false, at + 1);

        var nameEnd = nameStart;
        while (nameEnd < html.Length && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] is not ('/' or '>'))
            nameEnd++;
        return (html[nameStart..nameEnd], isEnd, EndOfTag(html, nameEnd));
    }

    /// <summary>Just past the '&gt;' that ends a tag; a quoted attribute value may hold one.</summary>
    private static int EndOfTag(string html, int from)
    {
        var afterEquals = false;
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '>')
                return i + 1;
            if (afterEquals && c is '"' or '\'')
            {
                var close = html.IndexOf(c, i + 1);
                if (close < 0)
                    return html.Length;
                i = close;
                afterEquals = false;
            }
            else if (c == '=')
            {
                afterEquals = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                afterEquals = false;
            }
        }

        return html.Length;
    }

    private static int EndOfRawText(string html, int from, string name)
    {
        for (var at = html.IndexOf("</", from, StringComparison.Ordinal); at >= 0; at = html.IndexOf("</", at + 2, StringComparison.Ordinal))
        {
            if (html.AsSpan(at + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase))
                return at;
        }

        return html.Length;
    }

    /// <summary>Pops to the innermost open element of that name, as an end tag does; an end tag with none open is ignored.</summary>
    private static void Close(string name, Stack<string> open, Dictionary<string, int> openByName)
    {
        if (openByName.GetValueOrDefault(name) == 0)
            return;
        string popped;
        do
        {
            popped = open.Pop();
            openByName[popped]--;
        }
        while (!popped.Equals(name, StringComparison.OrdinalIgnoreCase));
    }

    private static int After(string html, string terminator, int from)
    {
        var at = html.IndexOf(terminator, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + terminator.Length;
    }
}
