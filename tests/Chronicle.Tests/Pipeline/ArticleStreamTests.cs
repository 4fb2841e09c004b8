using Chronicle.Articles;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tests.Pipeline;

public sealed class ArticleStreamTests
{
    // No annotators: the stream's ordering and bounds are under test, not the analysis.
    private static readonly ArticlePipeline Bare = new([], new LanguageIdentifier());

    [Fact]
    public void ResultsComeInInputOrderWithErrorsInTheirPlaces()
    {
        var inputs = Enumerable.Range(0, 500).Select(i => i % 7 == 3 ? ReadResult.Of(new InputError(Where(i), "bad")) : Article(i)).ToList();

        var results = Bare.AnalyzeAll(inputs).ToList();

        Assert.Equal(inputs.Count, results.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var location = results[i].Error?.Location ?? results[i].Article!.Article.Location;
            Assert.Equal(Where(i), location);
            Assert.Equal(inputs[i].Error is null, results[i].Error is null);
        }
    }

    /// <summary>
    /// However far the consumer falls behind, the stream reads no more than a window ahead of it, so
    /// ingesting a 100 MB file holds a window of articles, not the file.
    /// </summary>
    [Fact]
    public void ReadingStaysWithinAWindowOfTheConsumer()
    {
        var read = 0;
        var received = 0;
        IEnumerable<ReadResult> Counted()
        {
            for (var i = 0; i < 1000; i++)
            {
                read++;
                yield return Article(i);
            }
        }

        foreach (var result in Bare.AnalyzeAll(Counted()))
        {
            received++;
            Assert.InRange(read - received, 0, ArticleStream.Window);
        }

        Assert.Equal(1000, received);
    }

    [Fact]
    public void CancellationStopsTheStream()
    {
        using var cancel = new CancellationTokenSource();
        var results = Bare.AnalyzeAll(Enumerable.Range(0, 1000).Select(Article), cancel.Token);

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in results)
                cancel.Cancel();
        });
    }

    private static ReadResult Article(int i) => new RawArticle { Id = $"a{i}", Text = $"Article number {i} reports a quiet day in the port.", Location = Where(i) };

    private static InputLocation Where(int i) => new("stream.jsonl", i + 1);
}
