using System.Text;
using Chronicle.Articles;

namespace Chronicle.Tests.Articles;

public sealed class ArticleInputsTests : IDisposable
{
    private readonly ScratchDir files = new();

    [Fact]
    public void DirectoryIsReadRecursivelyInOrdinalOrderSkippingHiddenEntries()
    {
        files.Write("news/b.txt", "B");
        files.Write("news/A.txt", "Upper A");
        files.Write("news/a/z.txt", "Nested");
        files.Write("news/.hidden.txt", "Hidden file");
        files.Write("news/.git/config.txt", "Dot directory");
        files.Write("news/a.txt", "Lower a");

        var texts = Inputs.Read(Path.Join(files.Root, "news")).Select(r => r.Article!.Text);

        Assert.Equal(["Upper A", "Lower a", "Nested", "B"], texts);
    }

    [Fact]
    public void EmptyDirectoryIsAnError()
    {
        Directory.CreateDirectory(Path.Join(files.Root, "none"));

        Assert.Equal("directory has no files to read", Assert.Single(Inputs.Read(Path.Join(files.Root, "none"))).Error!.Message);
    }

    [Fact]
    public void StreamIsReadAndSniffed()
    {
        using var reader = new ArticleInputs();
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes("{\"id\": \"s1\", \"text\": \"Tram line opens.\"}\n{\"id\": \"s2\", \"text\": \"Museum closes.\"}\n"));

        var articles = reader.Read(stdin, ArticleInputs.StandardInput).Select(r => r.Article!).ToList();

        Assert.Equal(["s1", "s2"], articles.Select(a => a.Id));
        Assert.Equal(new InputLocation("-", 2), articles[1].Location);
    }

    [Fact]
    public void ResultsStreamLazily()
    {
        var path = files.Write("many.jsonl", string.Concat(Enumerable.Range(0, 1000).Select(i => $$"""{"id": "{{i}}", "text": "Item {{i}}."}""" + "\n")));
        using var reader = new ArticleInputs();

        var first = reader.Read([path]).Take(2).Select(r => r.Article!.Id).ToList();

        Assert.Equal(["0", "1"], first);
    }

    [Fact]
    public void CancellationStopsReading()
    {
        var path = files.Write("one.txt", "Text.");
        using var reader = new ArticleInputs();

        Assert.Throws<OperationCanceledException>(() => reader.Read([path], new CancellationToken(canceled: true)).ToList());
    }

    public void Dispose() => files.Dispose();
}
