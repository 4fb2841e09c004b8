using Chronicle.Articles;

namespace Chronicle.Tests.Articles;

/// <summary>The JSONL reader streams: a 100 MB file is read in memory that does not depend on its size.</summary>
[Collection(MeasuredAlone.Name)]
public sealed class LargeJsonlTests : IDisposable
{
    private const long FileBytes = 100L * 1024 * 1024;

    // Lines are refused past 64 KB here (20 MB by default), so that "too long" lines cost the file little.
    private static readonly ReaderOptions Options = new() { MaxDocumentBytes = 64 * 1024 };

    /// <summary>
    /// The managed heap may grow this much while the file is read: a line, its article and the reader's
    /// buffers, several times over, and this test's tally of line numbers (under 1 MB). The file's text
    /// alone would be 200 MB as strings.
    /// </summary>
    private const long HeapGrowthBound = 16 * 1024 * 1024;

    /// <summary>What the error for each kind of broken line says.</summary>
    private static readonly Dictionary<string, string> Messages = new()
    {
        ["truncated"] = "malformed JSON",
        ["invalid UTF-8"] = "invalid UTF-8",
        ["not an object"] = "expected a JSON object, found an array",
        ["text not a string"] = "\"text\" must be a string, found a number",
        ["lone surrogate"] = "half of a surrogate pair",
        ["too long"] = "line too long",
    };

    private readonly ScratchDir files = new();

    [Fact]
    public void HundredMegabytesAreReadInBoundedMemoryEveryGoodLineAnArticleEveryBadLineAnError()
    {
        var path = files.File("large.jsonl");
        var written = LargeJsonl.Write(path, FileBytes, (int)Options.MaxDocumentBytes);
        var articles = new List<int>();
        var errors = new Dictionary<int, string>();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;

        using var inputs = new ArticleInputs(Options);
        foreach (var result in inputs.Read([path]))
        {
            if (result.Article is { } article)
            {
                Assert.Equal($"n{article.Location.Line}", article.Id);
                articles.Add(article.Location.Line!.Value);
            }
            else
            {
                errors.Add(result.Error!.Location.Line!.Value, result.Error.Message);
            }

            if ((articles.Count + errors.Count) % 10_000 == 0)
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
        }

        Assert.True(written.Bytes >= FileBytes);
        Assert.Equal(written.Good, articles);
        Assert.Equal(written.Broken.Keys.Order(), errors.Keys.Order());
        Assert.All(errors, e => Assert.Contains(Messages[written.Broken[e.Key]], e.Value, StringComparison.Ordinal));
        Assert.InRange(peak, 0, HeapGrowthBound);
    }

    public void Dispose() => files.Dispose();
}
