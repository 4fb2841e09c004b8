using System.Text;
using Chronicle.Articles;

namespace Chronicle.Tests.Articles;

/// <summary>
/// The inputs <see cref="ReaderFuzzTests"/> found readers failing on, kept as plain cases: each names the
/// fuzz case (test, seed and recipe, as the fuzzer reported it) and what went wrong before the fix.
/// </summary>
public sealed class FuzzFoundTests : IDisposable
{
    private readonly ScratchDir files = new();

    /// <summary>page.html seed 9 (deep nesting): the HTML parser is quadratic in unclosed block elements; 100,000 took `chronicle ingest` 21 minutes.</summary>
    [Fact]
    public void HundredThousandNestedDivsAreReadWithTheirText()
    {
        var path = files.Write("deep.html", $"<html><body><p>Dock workers walked out on Monday.</p>{Repeat("<div>", 100_000)}Talks resume on Wednesday.{Repeat("</div>", 100_000)}</body></html>");

        var article = Assert.Single(Inputs.Read(path)).Article!;

        Assert.Equal("Dock workers walked out on Monday.\n\nTalks resume on Wednesday.", article.Text);
    }

    [Fact]
    public void NestingBeyondTheCapLosesItsStartTagsNotItsText()
    {
        var html = $"{Repeat("<div>", 1000)}deep text{Repeat("</div>", 1000)}";

        var capped = HtmlNesting.Cap(html);

        Assert.Equal(HtmlNesting.MaxDepth, CountOf(capped, "<div>"));
        Assert.Equal(1000, CountOf(capped, "</div>"));
        Assert.Contains("deep text", capped, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyElementsThatStayOpenCountAsNesting()
    {
        // Two levels (div, span); comments, raw text, quoted '>', void elements and elements closed by their
        // siblings add none, so none of it is cut at a cap of two.
        const string html = """<div><!-- <div><div> --><script>"<div><div>"</script><p>a<p>b<li>c<li>d<br><img src="a>b"><span title='<div>'>x</span></div>""";

        Assert.Same(html, HtmlNesting.Cap(html, maxDepth: 2));
        Assert.Equal("<div><div>x</div></div></div><div><div>y", HtmlNesting.Cap("<div><div><div>x</div></div></div><div><div>y", maxDepth: 2));
    }

    /// <summary>page.html seed 153 (deleted chunk, deep nesting, tricky tokens): 18,000 paragraphs; Readability is quadratic in them (40,000 took 21 s).</summary>
    [Fact]
    public void FortyThousandParagraphsAreAllRead()
    {
        var path = files.Write("long.html", $"<html><body>{string.Concat(Enumerable.Range(0, 40_000).Select(i => $"<p>line{i} "))}</body></html>");

        var article = Assert.Single(Inputs.Read(path)).Article!;

        Assert.Equal(40_000, article.Text.Split("\n\n").Length);
        Assert.EndsWith("line39999", article.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// items.jsonl seeds 39 and 2241 (tricky tokens): a lone "\udc00" escape in a value, or in a name
    /// passed on the way to a field, made System.Text.Json throw an InvalidOperationException.
    /// </summary>
    [Fact]
    public void JsonlLoneSurrogateEscapeIsAnErrorForItsLine()
    {
        var path = files.Write("items.jsonl", """
            {"id": "a", "text": "Port reopens."}
            {"id": "b", "text": "Half \udc00 of a pair."}
            {"id": "c", "\ud800x": 1, "text": "Ferries run again."}
            {"id": "d", "text": "Ferries run again."}
            """);

        var results = Inputs.Read(path);

        Assert.Equal(["a", null, null, "d"], results.Select(r => r.Article?.Id));
        Assert.Equal($"{path}:2: invalid text: a \\u escape gives half of a surrogate pair", results[1].Error!.ToString());
        Assert.Equal(new InputLocation(path, 3), results[2].Error!.Location);
    }

    /// <summary>wire.rss and dispatch.atom seed 11 (tricky tokens, entity expansion): a 2 KB feed cost the feed parser 112 MB.</summary>
    [Fact]
    public void FeedWithEntityExpansionIsRefusedCheaply()
    {
        var levels = string.Concat(Enumerable.Range(1, 9).Select(n => $"<!ENTITY lol{n} \"{Repeat($"&lol{n - 1};", 10)}\">"));
        var path = files.Write("bomb.rss", $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY lol0 "lol">{levels}]>
            <rss version="2.0"><channel><title>&lol9;</title><link>urn:x</link><description>d</description></channel></rss>
            """);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Single(Inputs.Read(path)).Error!;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(new InputLocation(path), error.Location);
        Assert.StartsWith("malformed feed: ", error.Message, StringComparison.Ordinal);
        Assert.InRange(allocated, 0, 16 * 1024 * 1024);
    }

    [Fact]
    public void FeedWithASmallDeclaredEntityIsStillRead()
    {
        var path = files.Write("entity.rss", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY wire "Gulf Wire Co">]>
            <rss version="2.0"><channel><title>&wire;</title><link>urn:x</link><description>d</description>
            <item><title>Port reopens</title><guid>g1</guid><description>The port reopened on Monday after a week of strikes, &wire; reports.</description></item>
            </channel></rss>
            """);

        var article = Assert.Single(Inputs.Read(path)).Article!;

        Assert.Equal("Gulf Wire Co", article.Source);
        Assert.Equal("The port reopened on Monday after a week of strikes, Gulf Wire Co reports.", article.Text);
    }

    /// <summary>validation.xml seed 64 (deleted chunk, NULs, giant attribute): the attribute pattern backtracked for minutes over a 500 KB value.</summary>
    [Fact]
    public void PetrarchTagWithAGiantUnclosedAttributeIsRead()
    {
        var path = files.Write("records.xml", $"""
            <Sentences>
            <Sentence id="A" date="20230101" data-808='{new string('i', 500_000)}
            <Text>Talks resumed.</Text>
            </Sentence>
            <Sentence id="B" date="20230102">
            <Text>Ferries run again.</Text>
            </Sentence>
            """);

        var results = Inputs.Read(new ReaderOptions { Format = InputFormat.PetrarchXml }, path);

        Assert.Equal(["A", "B"], results.Select(r => r.Article?.Id));
    }

    public void Dispose() => files.Dispose();

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
