using System.Xml;
using CodeHollow.FeedReader;
using Feeds = CodeHollow.FeedReader.FeedReader;

namespace Chronicle.Articles;

/// <summary>
/// RSS 2.0, RSS 1.0 (RDF) and Atom: each item is an article. An item that carries only a summary is
/// completed from its page; when that fails the summary is kept and the failure reported beside it.
/// </summary>
internal sealed class FeedReader(SafeHttpFetcher fetcher) : IArticleReader
{
    /// <summary>Item text shorter than this is taken for a summary of the article at the item's link.</summary>
    public const int SummaryChars = 400;

    private static readonly XmlReaderSettings EntityBudget = new()
    {
        DtdProcessing = DtdProcessing.Parse,
        MaxCharactersFromEntities = 64 * 1024,
        // Characters are the feed parser's to judge: it drops some that XML forbids before it parses.
        CheckCharacters = false,
    };

    private static readonly string[] TruncationMarks = ["...", "…", "[…]", "[...]", "Read more", "Continue reading"];

    public InputFormat Format => InputFormat.Rss;

    public IEnumerable<ReadResult> Read(InputDocument document, CancellationToken ct)
    {
        var feed = Parse(document.ReadText(), document.Location);
        // A feed read for nothing says so, as an empty file does, rather than leaving the user to wonder.
        if (feed.Items.Count == 0)
            yield return new InputError(document.Location, "feed has no items");

        var source = feed.Title.TrimToNull();
        foreach (var item in feed.Items)
        {
            ct.ThrowIfCancellationRequested();
            var article = new RawArticle
            {
                Id = item.Id.TrimToNull() ?? item.Link.TrimToNull(),
                Title = item.Title.TrimToNull(),
                Url = item.Link.TrimToNull(),
                Date = DateText.Parse(item.PublishingDateString) ?? (item.PublishingDate is { } date ? DateOnly.FromDateTime(date) : null),
                Source = source,
                Byline = item.Author.TrimToNull(),
                Text = Text(item.Content) ?? Text(item.Description) ?? "",
                Location = document.Location,
            };

            if (item.Content.TrimToNull() is null && IsSummary(article.Text) && Link(article.Url) is { } link)
            {
                var (page, error) = FetchPage(link, ct);
                if (error is not null)
                    yield return error;
                if (page is not null)
                    article = article with { Text = page.Text, Byline = article.Byline ?? page.Byline, Date = article.Date ?? page.Date };
            }

            if (string.IsNullOrWhiteSpace(article.Text))
                yield return new InputError(document.Location, $"feed item \"{article.Title ?? article.Id}\" has no text");
            else
                yield return article;
        }
    }

    private static Feed Parse(string text, InputLocation location)
    {
        try
        {
            CheckEntities(text);
            return Feeds.ReadFromString(text);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InputException(location, $"malformed feed: {e.Message}");
        }
    }

    /// <summary>
    /// Reads the XML through once with a small budget for entity expansion. The feed parser expands a
    /// DTD's entities up to ten million characters, twice: a 2 KB "billion laughs" feed cost 112 MB. No
    /// real feed comes near the budget; one that passes it costs the parser no more than it does here.
    /// </summary>
    private static void CheckEntities(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), EntityBudget);
        while (reader.Read())
        {
        }
    }

    private (HtmlPage? Page, InputError? Error) FetchPage(Uri link, CancellationToken ct)
    {
        try
        {
            using var page = fetcher.Open(link, ct);
            return (HtmlExtractor.Extract(page.ReadText(), page.Url, page.Location), null);
        }
        catch (InputException e)
        {
            return (null, new InputError(e.Location, $"kept the feed's summary: {e.Message}"));
        }
    }

    private static bool IsSummary(string text) =>
        text.Length < SummaryChars || TruncationMarks.Any(mark => text.TrimEnd().EndsWith(mark, StringComparison.OrdinalIgnoreCase));

    private static Uri? Link(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    private static string? Text(string? html) => html is null ? null : HtmlToText.FromFragment(html).TrimToNull();
}
