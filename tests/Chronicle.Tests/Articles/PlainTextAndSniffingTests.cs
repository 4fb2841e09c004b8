using Chronicle.Articles;

namespace Chronicle.Tests.Articles;

public sealed class PlainTextAndSniffingTests : IDisposable
{
    private const string Story = "Harbor board approves new ferry route\n\nThe Lindenport harbor board voted on Tuesday to open a ferry route to Vessa Island.\nService starts in May.";

    private readonly ScratchDir files = new();

    [Fact]
    public void TextFileIsOneArticleWithItsTextAsWritten()
    {
        var path = files.Write("ferry.txt", Story);

        var article = Assert.Single(Inputs.Read(path)).Article!;

        Assert.Equal(Story, article.Text);
        Assert.Null(article.Title);
        Assert.Equal(new InputLocation(path), article.Location);
    }

    [Fact]
    public void Utf8ByteOrderMarkIsAccepted()
    {
        var path = files.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. "Mayor resigns."u8]);

        Assert.Equal("Mayor resigns.", Assert.Single(Inputs.Read(path)).Article!.Text);
    }

    [Fact]
    public void Utf16WithByteOrderMarkIsAccepted()
    {
        var path = files.Write("wide.txt", [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes("Council meets.")]);

        Assert.Equal("Council meets.", Assert.Single(Inputs.Read(path)).Article!.Text);
    }

    [Fact]
    public void Utf16HtmlIsSniffedAsHtml()
    {
        var path = files.Write("wide.page", [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes("<html><body><p>Wide page about a harbor.</p></body></html>")]);

        Assert.Equal("Wide page about a harbor.", Assert.Single(Inputs.Read(path)).Article!.Text);
    }

    [Fact]
    public void UnknownExtensionWithHtmlContentIsReadAsHtml()
    {
        var path = files.Write("page.dat", "<!DOCTYPE html><html><head><title>Dam opens</title></head><body><p>The Orla dam opened on Friday after six years of work.</p></body></html>");

        var article = Assert.Single(Inputs.Read(path)).Article!;

        Assert.Equal("The Orla dam opened on Friday after six years of work.", article.Text);
        Assert.Equal("Dam opens", article.Title);
    }

    [Fact]
    public void UnknownExtensionWithJsonContentIsReadAsJsonl()
    {
        var path = files.Write("export.dat", """{"id": "a1", "text": "Rail strike ends."}""");

        Assert.Equal("a1", Assert.Single(Inputs.Read(path)).Article!.Id);
    }

    [Fact]
    public void TxtExtensionWinsOverJsonContent()
    {
        const string json = """{"id": "a1", "text": "Rail strike ends."}""";
        var path = files.Write("notes.txt", json);

        var article = Assert.Single(Inputs.Read(path)).Article!;

        Assert.Equal(json, article.Text);
        Assert.Null(article.Id);
    }

    [Fact]
    public void ForcedFormatOverridesSniffing()
    {
        var path = files.Write("page.html", "<p>Not parsed</p>");

        var article = Assert.Single(Inputs.Read(new ReaderOptions { Format = InputFormat.Text }, path)).Article!;

        Assert.Equal("<p>Not parsed</p>", article.Text);
    }

    [Theory]
    [InlineData("a.jsonl", "x", InputFormat.Jsonl)]
    [InlineData("a.ndjson", "x", InputFormat.Jsonl)]
    [InlineData("a.htm", "x", InputFormat.Html)]
    [InlineData("a.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\">", InputFormat.Rss)]
    [InlineData("a.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", InputFormat.Rss)]
    [InlineData("a", "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"x\">", InputFormat.Rss)]
    [InlineData("a", "  \n<html><body>", InputFormat.Html)]
    [InlineData("a", "\n {\"id\": 1}", InputFormat.Jsonl)]
    [InlineData("a", "Plain words", InputFormat.Text)]
    [InlineData("https://news.example/feed?x=y.txt", "<rss version=\"2.0\">", InputFormat.Rss)]
    public void FormatIsChosenByExtensionThenContent(string name, string head, InputFormat expected) =>
        Assert.Equal(expected, FormatSniffer.Detect(name, System.Text.Encoding.UTF8.GetBytes(head)));

    public void Dispose() => files.Dispose();
}
