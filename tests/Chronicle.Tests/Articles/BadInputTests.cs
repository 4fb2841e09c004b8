using Chronicle.Articles;

namespace Chronicle.Tests.Articles;

public sealed class BadInputTests : IDisposable
{
    private readonly ScratchDir files = new();

    [Fact]
    public void PngIsBinary()
    {
        var path = files.Write("photo.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);

        Assert.Equal($"{path}: binary file, not text (PNG image)", Single(path).ToString());
    }

    [Fact]
    public void NulBytesAreBinary()
    {
        var path = files.Write("data.bin", [(byte)'a', 0, (byte)'b']);

        Assert.Equal("binary file, not text (NUL bytes)", Single(path).Message);
    }

    [Fact]
    public void InvalidUtf8NamesTheLineOfTheFirstBadByte()
    {
        var path = files.Write("latin1.txt", [.. "Line one.\nLine two.\nCaf"u8, 0xE9, .. " au lait.\nLine four."u8]);

        var error = Single(path);

        Assert.Equal(new InputLocation(path, 3), error.Location);
        Assert.Equal("invalid UTF-8 (byte 0xE9 at byte 4 of the line)", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\n ")]
    public void EmptyOrBlankFileIsEmpty(string text)
    {
        var path = files.Write("empty.txt", text);

        Assert.Equal($"{path}: empty: no text", Single(path).ToString());
    }

    [Fact]
    public void FileOverTheLimitNamesItsSize()
    {
        var path = files.Write("big.txt", new string('a', 150));

        var error = Assert.Single(Inputs.Read(new ReaderOptions { MaxDocumentBytes = 100 }, path)).Error!;

        Assert.Equal($"{path}: too large: 150 bytes, over the limit of 100 bytes", error.ToString());
    }

    [Fact]
    public void StreamOverTheLimitIsCutOff()
    {
        using var reader = new ArticleInputs(new ReaderOptions { MaxDocumentBytes = 10_000 });
        using var stdin = new MemoryStream(new byte[20_000].Select(_ => (byte)'a').ToArray());

        var error = Assert.Single(reader.Read(stdin, "-")).Error!;

        Assert.Equal("-: too large: over the limit of 10000 bytes", error.ToString());
    }

    [Fact]
    public void MissingFileIsNamed()
    {
        var path = Path.Join(files.Root, "nowhere.txt");

        Assert.Equal($"{path}: no such file or directory", Single(path).ToString());
    }

    [Fact]
    public void NonHttpUrlIsRefused()
    {
        var error = Single("ftp://files.example/news.txt");

        Assert.Equal("ftp://files.example/news.txt", error.Location.Source);
        Assert.Contains("only http and https", error.Message);
    }

    [Fact]
    public void OneBadFileAmongGoodOnesLosesNothing()
    {
        var good1 = files.Write("a.txt", "Volcano quiet again.");
        var bad = files.Write("b.txt", [0x1F, 0x8B, 8, 0]);
        var good2 = files.Write("c.jsonl", """{"id": "c", "text": "Airport expands."}""");

        var results = Inputs.Read(good1, bad, Path.Join(files.Root, "missing.txt"), good2);

        Assert.Equal(4, results.Count);
        Assert.Equal("Volcano quiet again.", results[0].Article!.Text);
        Assert.Equal("binary file, not text (gzip archive)", results[1].Error!.Message);
        Assert.Equal("no such file or directory", results[2].Error!.Message);
        Assert.Equal("c", results[3].Article!.Id);
    }

    private static InputError Single(string input) => Assert.Single(Inputs.Read(input)).Error!;

    public void Dispose() => files.Dispose();
}
