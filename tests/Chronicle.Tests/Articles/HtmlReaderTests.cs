using Chronicle.Articles;

namespace Chronicle.Tests.Articles;

public sealed class HtmlReaderTests : IDisposable
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <title>Flood barrier holds in Marrow Bay | The Coastal Ledger</title>
          <meta property="og:title" content="Flood barrier holds in Marrow Bay">
          <meta property="og:site_name" content="The Coastal Ledger">
          <meta property="article:published_time" content="2024-03-05T23:30:00-05:00">
          <meta name="author" content="Ines Carvalho">
          <link rel="canonical" href="https://ledger.example/2024/03/flood-barrier">
          <script>var tracking = "do not read me";</script>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <article>
            <h1>Flood barrier holds in Marrow Bay</h1>
            <p class="byline">By Ines Carvalho</p>
            <p>The new flood barrier in Marrow Bay held back a storm surge on Tuesday night, the regional water
            authority said, sparing some four hundred homes along the eastern shore.</p>
            <p>Engineers had warned that the barrier, finished only in January, had never been tested by a storm
            of this size. Water authority chief Tomas Reyl said the gates closed as designed.</p>
            <p>Residents who had been moved to a school gymnasium returned home on Wednesday morning.</p>
          </article>
          <footer>Copyright The Coastal Ledger</footer>
        </body>
        </html>
        """;

    private readonly ScratchDir files = new();

    [Fact]
    public void ReadsMainTextAndMetadata()
    {
        var path = files.Write("barrier.html", Page);

        var article = Assert.Single(Inputs.Read(path)).Article!;

        Assert.Equal("Flood barrier holds in Marrow Bay", article.Title);
        Assert.Equal(new DateOnly(2024, 3, 5), article.Date);
        Assert.Equal("https://ledger.example/2024/03/flood-barrier", article.Url);
        Assert.Equal("The Coastal Ledger", article.Source);
        Assert.Contains("Ines Carvalho", article.Byline);
        Assert.Contains("sparing some four hundred homes along the eastern shore.\n\nEngineers had warned", article.Text);
        Assert.Contains("returned home on Wednesday morning.", article.Text);
        Assert.DoesNotContain("tracking", article.Text);
        Assert.DoesNotContain("Copyright", article.Text);
    }

    [Theory]
    [InlineData("<html><head><title></title></head><body><div><span></span></div><script>var x = 1;</script></body></html>")]
    [InlineData("<html><body><<<>>> <div <p </ / ></body>")]
    [InlineData("<html><head><style>p { color: red }</style></head><body>   </body></html>")]
    public void HtmlWithoutReadableTextIsAnError(string html)
    {
        var path = files.Write("broken.html", html);

        var error = Assert.Single(Inputs.Read(path)).Error!;

        Assert.Equal($"{path}: no readable text in HTML", error.ToString());
    }

    public void Dispose() => files.Dispose();
}
