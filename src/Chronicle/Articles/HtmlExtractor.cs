using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Chronicle.Articles;

/// <summary>
/// Extracts an article from an HTML page: the main text by SmartReader (Readability), falling back to
/// the whole body; metadata from the page's meta tags, which state it more reliably than heuristics.
/// </summary>
internal static class HtmlExtractor
{
    private static readonly string[] DateMetas =
    [
        "article:published_time", "og:published_time", "datePublished", "date", "dc.date", "dc.date.issued",
        "dcterms.created", "pubdate", "publishdate", "publish-date", "sailthru.date", "parsely-pub-date",
    ];

    /// <summary>
    /// Readability's scoring slows faster than a page grows, in elements and in depth: 40,000 short
    /// paragraphs took 21 s, one branch of 500 nested elements over a second. A page bigger or deeper than
    /// these limits, well past what news pages come to (a few thousand elements, tens of levels), is read
    /// as its body text, as when Readability gives up.
    /// </summary>
    private const int MaxReadabilityElements = 5000;

    private const int MaxReadabilityDepth = 100;

    private static readonly Uri Placeholder = new("https://localhost/");

    /// <summary>The article in <paramref name="html"/>; throws when the page has no readable text.</summary>
    public static HtmlPage Extract(string html, Uri? url, InputLocation location)
    {
        html = HtmlNesting.Cap(html);
        var document = new HtmlParser().ParseDocument(html);
        var smart = IsOrdinaryPage(document) ? ReadSmart(html, url) : null;
        var main = smart is { IsReadable: true, Content.Length: > 0 } ? HtmlToText.FromFragment(smart.Content) : "";
        if (!HasWords(main))
            main = document.Body is { } body ? HtmlToText.FromNode(body) : "";
        if (!HasWords(main))
            throw new InputException(location, "no readable text in HTML");

        return new HtmlPage(
            main,
            smart?.Title.TrimToNull() ?? Meta(document, "og:title") ?? document.Title.TrimToNull(),
            smart?.Byline.TrimToNull() ?? smart?.Author.TrimToNull() ?? Meta(document, "author"),
            PublicationDate(document) ?? (smart?.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null),
            Link(document, "canonical") ?? Meta(document, "og:url") ?? url?.ToString(),
            Meta(document, "og:site_name") ?? smart?.SiteName.TrimToNull());
    }

    private static bool IsOrdinaryPage(IHtmlDocument document) =>
        document.All.Length <= MaxReadabilityElements && document.DocumentElement is { } root && HtmlNesting.Depth(root) <= MaxReadabilityDepth;

    private static SmartReader.Article? ReadSmart(string html, Uri? url)
    {
        try
        {
            using var reader = new SmartReader.Reader((url ?? Placeholder).ToString(), html);
            return reader.GetArticle();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Readability gives up on some pages by throwing; the body text below is the fallback.
            return null;
        }
    }

    private static DateOnly? PublicationDate(IHtmlDocument document)
    {
        foreach (var name in DateMetas)
        {
            if (DateText.Parse(Meta(document, name)) is { } date)
                return date;
        }

        return DateText.Parse(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
    }

    private static string? Meta(IHtmlDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content").TrimToNull() is { } content)
                return content;
        }

        return null;
    }

    private static string? Link(IHtmlDocument document, string rel) =>
        document.QuerySelectorAll("link")
            .FirstOrDefault(l => string.Equals(l.GetAttribute("rel"), rel, StringComparison.OrdinalIgnoreCase))?
            .GetAttribute("href").TrimToNull();

    private static bool HasWords(string text) => text.Any(char.IsLetterOrDigit);
}
