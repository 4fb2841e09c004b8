using Chronicle.Articles;

namespace Chronicle.Tests.Articles;

public sealed class JsonlReaderTests : IDisposable
{
    private readonly ScratchDir files = new();

    [Fact]
    public void ReadsOneArticlePerLineWithMetadata()
    {
        var path = files.Write("items.jsonl", """
            {"id": "n-1", "text": "Wind farm approved.\nConstruction begins in June.", "title": "Wind farm", "url": "https://wire.example/n-1", "date": "2024-06-02", "source": "Example Wire"}

            {"id": 42, "text": "Bridge closes for repairs."}
            """);

        var articles = Inputs.Read(path).Select(r => r.Article!).ToList();

        Assert.Equal(2, articles.Count);
        var first = articles[0];
        Assert.Equal("n-1", first.Id);
        Assert.Equal("Wind farm approved.\nConstruction begins in June.", first.Text);
        Assert.Equal("Wind farm", first.Title);
        Assert.Equal("https://wire.example/n-1", first.Url);
        Assert.Equal(new DateOnly(2024, 6, 2), first.Date);
        Assert.Equal("Example Wire", first.Source);
        Assert.Equal(new InputLocation(path, 1), first.Location);
        Assert.Equal("42", articles[1].Id);
        Assert.Equal(new InputLocation(path, 3), articles[1].Location);
    }

    [Fact]
    public void HtmlFieldGoesThroughHtmlExtraction()
    {
        var path = files.Write("items.jsonl", """
            {"id": "h-1", "html": "<html><head><meta property='article:published_time' content='2023-11-20'></head><body><p>Port workers end strike.</p><p>Ships unload again.</p></body></html>", "title": "Strike over"}
            """);

        var article = Assert.Single(Inputs.Read(path)).Article!;

        Assert.Equal("Port workers end strike.\n\nShips unload again.", article.Text);
        Assert.Equal("Strike over", article.Title);
        Assert.Equal(new DateOnly(2023, 11, 20), article.Date);
    }

    [Fact]
    public void BadLinesAreErrorsWithLineNumbersAndGoodLinesAreStillRead()
    {
        var path = files.Write("mixed.jsonl", string.Join('\n',
            """{"id": "ok-1", "text": "Clinic opens."}""",
            """{"id": "bad-json", "text": "unterminated""",
            """["an", "array"]""",
            """{"id": "no-text", "title": "Nothing"}""",
            """{"id": "bad-date", "text": "Market reopens.", "date": "last Tuesday"}""",
            """{"id": "ok-2", "text": "School rebuilt."}"""));

        var results = Inputs.Read(path);

        Assert.Equal(["ok-1", "ok-2"], results.Where(r => r.Article is not null).Select(r => r.Article!.Id));
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!).ToList();
        Assert.Equal([2, 3, 4, 5], errors.Select(e => e.Location.Line!.Value));
        Assert.All(errors, e => Assert.Equal(path, e.Location.Source));
        Assert.StartsWith($"{path}:2: malformed JSON at byte ", errors[0].ToString());
        Assert.DoesNotContain("LineNumber", errors[0].Message);
        Assert.Equal("expected a JSON object, found an array", errors[1].Message);
        Assert.Equal("missing or empty \"text\" or \"html\"", errors[2].Message);
        Assert.Contains("\"date\" is not a date: \"last Tuesday\"", errors[3].Message);
    }

    [Fact]
    public void LineOverTheLimitIsAnErrorAndTheNextLineIsRead()
    {
        var path = files.Write("long.jsonl", $$"""
            {"id": "long", "text": "{{new string('x', 300)}}"}
            {"id": "short", "text": "Fine."}
            """);

        var results = Inputs.Read(new ReaderOptions { MaxDocumentBytes = 100 }, path);

        Assert.Equal($"{path}:1: line too long: over the limit of 100 bytes", results[0].Error!.ToString());
        Assert.Equal("short", results[1].Article!.Id);
    }

    [Fact]
    public void InvalidUtf8OnOneLineIsReportedThereOnly()
    {
        var path = files.Write("bytes.jsonl", [.. """{"id": "a", "text": "One."}"""u8, (byte)'\n', .. """{"id": "b", "text": "T"""u8, 0xC3, 0x28, .. "\"}\n"u8, .. """{"id": "c", "text": "Three."}"""u8]);

        var results = Inputs.Read(path);

        Assert.Equal(["a", "c"], results.Where(r => r.Article is not null).Select(r => r.Article!.Id));
        var error = Assert.Single(results, r => r.Error is not null).Error!;
        Assert.Equal(new InputLocation(path, 2), error.Location);
        Assert.StartsWith("invalid UTF-8", error.Message);
    }

    [Fact]
    public void BlankOnlyJsonlIsEmpty()
    {
        var path = files.Write("blank.jsonl", "\n  \n\n");

        Assert.Equal($"{path}: empty: no text", Assert.Single(Inputs.Read(path)).Error!.ToString());
    }

    public void Dispose() => files.Dispose();
}
