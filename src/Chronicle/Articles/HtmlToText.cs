using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Chronicle.Articles;

/// <summary>
/// Renders HTML as plain text the way a reader sees it: one paragraph per block element, separated by
/// "\n\n", whitespace inside a paragraph collapsed, scripts and styles dropped.
/// </summary>
internal static class HtmlToText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "head", "nav", "form", "button", "select",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "figure",
        "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
        "td", "th", "hr", "address", "body",
    };

    /// <summary>The text of an HTML fragment, such as a feed item's content.</summary>
    public static string FromFragment(string html)
    {
        var document = new HtmlParser().ParseDocument($"<body>{HtmlNesting.Cap(html)}</body>");
        return FromNode(document.Body!);
    }

    public static string FromNode(INode node)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(node, current, paragraphs);
        Flush(current, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement { LocalName: "br" }:
                    Flush(current, paragraphs);
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(current, paragraphs);
                    Walk(element, current, paragraphs);
                    Flush(current, paragraphs);
                    break;
                case IElement element:
                    Walk(element, current, paragraphs);
                    break;
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var text = string.Join(' ', current.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > 0)
            paragraphs.Add(text);
        current.Clear();
    }
}
