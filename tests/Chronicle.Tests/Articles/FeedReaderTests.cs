using Chronicle.Articles;

namespace Chronicle.Tests.Articles;

public sealed class FeedReaderTests : IDisposable
{
    private static readonly string LongText = string.Join(' ', Enumerable.Repeat("The district council published its budget for the coming year.", 8));

    private readonly ScratchDir files = new();

    [Fact]
    public void Rss20ItemsAreArticles()
    {
        var path = files.Write("wire.rss", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Valley Gazette</title>
                <link>https://gazette.example/</link>
                <description>Local news</description>
                <item>
                  <title>Budget passes</title>
                  <link>https://gazette.example/budget</link>
                  <guid>gazette-0001</guid>
                  <pubDate>Tue, 05 Mar 2024 23:30:00 -0500</pubDate>
                  <author>desk@gazette.example (Mira Holt)</author>
                  <description>Short teaser</description>
                  <content:encoded><![CDATA[<p>{LongText}</p><p>The vote was <b>seven</b> to two.</p>]]></content:encoded>
                </item>
              </channel>
            </rss>
            """);

        var article = Assert.Single(Inputs.Read(path)).Article!;

        Assert.Equal("gazette-0001", article.Id);
        Assert.Equal("Budget passes", article.Title);
        Assert.Equal("https://gazette.example/budget", article.Url);
        Assert.Equal(new DateOnly(2024, 3, 5), article.Date);
        Assert.Equal("Valley Gazette", article.Source);
        Assert.Equal($"{LongText}\n\nThe vote was seven to two.", article.Text);
    }

    [Fact]
    public void AtomEntriesAreArticles()
    {
        var path = files.Write("feed.atom", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Northern Dispatch</title>
              <id>urn:dispatch</id>
              <updated>2024-04-10T08:00:00Z</updated>
              <entry>
                <title>Mine reopens</title>
                <id>urn:dispatch:17</id>
                <link href="https://dispatch.example/mine"/>
                <published>2024-04-09T10:00:00+02:00</published>
                <updated>2024-04-10T08:00:00Z</updated>
                <author><name>Oskar Lind</name></author>
                <content type="html">&lt;p&gt;{LongText}&lt;/p&gt;</content>
              </entry>
            </feed>
            """);

        var article = Assert.Single(Inputs.Read(path)).Article!;

        Assert.Equal("urn:dispatch:17", article.Id);
        Assert.Equal("Mine reopens", article.Title);
        Assert.Equal("https://dispatch.example/mine", article.Url);
        Assert.Equal(new DateOnly(2024, 4, 9), article.Date);
        Assert.Equal("Northern Dispatch", article.Source);
        Assert.Equal(LongText, article.Text);
    }

    [Fact]
    public void Rss10ItemsAreArticles()
    {
        var path = files.Write("rdf.xml", $"""
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://bulletin.example/">
                <title>Island Bulletin</title>
                <link>https://bulletin.example/</link>
                <description>News</description>
              </channel>
              <item rdf:about="https://bulletin.example/ferry">
                <title>Ferry delayed</title>
                <link>https://bulletin.example/ferry</link>
                <description>{LongText}</description>
                <dc:date>2024-02-01</dc:date>
              </item>
            </rdf:RDF>
            """);

        var article = Assert.Single(Inputs.Read(path)).Article!;

        Assert.Equal("Ferry delayed", article.Title);
        Assert.Equal("Island Bulletin", article.Source);
        Assert.Equal(LongText, article.Text);
    }

    [Fact]
    public void SummaryOnlyItemIsCompletedFromItsPage()
    {
        using var server = new LocalHttpServer((_, stream, _) => LocalHttpServer.RespondAsync(stream, "text/html; charset=utf-8", $"""
            <html><head><meta name="author" content="Ana Ruiz"></head>
            <body><article><p>{LongText}</p><p>Full story paragraph two.</p></article></body></html>
            """));
        var path = files.Write("teaser.rss", Teaser(server.Url("/story")));

        var results = Inputs.Read(new ReaderOptions { AllowPrivateNetwork = true }, path);

        var article = Assert.Single(results).Article!;
        Assert.Equal("Water prices rise", article.Title);
        Assert.Equal(server.Url("/story"), article.Url);
        Assert.Equal($"{LongText}\n\nFull story paragraph two.", article.Text);
    }

    [Fact]
    public void FailedPageFetchKeepsTheSummaryAndReportsTheLink()
    {
        using var server = new LocalHttpServer((_, stream, _) => LocalHttpServer.RespondAsync(stream, "text/html", "<p>never fetched</p>"));
        var link = server.Url("/story");
        var path = files.Write("teaser.rss", Teaser(link));

        var results = Inputs.Read(path);

        var error = Assert.Single(results, r => r.Error is not null).Error!;
        Assert.Equal(link, error.Location.Source);
        Assert.Contains("kept the feed's summary", error.Message);
        Assert.Contains("loopback", error.Message);
        Assert.Equal("The water board raised prices by four percent...", Assert.Single(results, r => r.Article is not null).Article!.Text);
    }

    [Fact]
    public void MalformedFeedIsAnErrorNamingTheFile()
    {
        var path = files.Write("broken.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Half a feed</title><item><title>Cut");

        var error = Assert.Single(Inputs.Read(path)).Error!;

        Assert.Equal(path, error.Location.Source);
        Assert.StartsWith("malformed feed", error.Message);
    }

    [Fact]
    public void FeedWithoutItemsIsAnErrorNamingTheFile()
    {
        var path = files.Write("quiet.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quiet Wire</title><link>urn:q</link><description>d</description></channel></rss>");

        Assert.Equal($"{path}: feed has no items", Assert.Single(Inputs.Read(path)).Error!.ToString());
    }

    private static string Teaser(string link) => $"""
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Metro Daily</title>
          <item>
            <title>Water prices rise</title>
            <link>{link}</link>
            <description>The water board raised prices by four percent...</description>
          </item>
        </channel></rss>
        """;

    public void Dispose() => files.Dispose();
}
