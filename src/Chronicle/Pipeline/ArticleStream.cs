using Chronicle.Articles;

namespace Chronicle.Pipeline;

/// <summary>Runs the pipeline over a stream of read articles on every core, keeping input order.</summary>
public static class ArticleStream
{
    public static IEnumerable<AnalysisResult> AnalyzeAll(this ArticlePipeline pipeline, IEnumerable<ReadResult> inputs, CancellationToken ct = default) =>
        inputs
            .AsParallel()
            .AsOrdered()
            .WithCancellation(ct)
            .Select(input => input.Article is { } raw ? AnalyzeOne(pipeline, raw) : new AnalysisResult(null, input.Error));

    private static AnalysisResult AnalyzeOne(ArticlePipeline pipeline, RawArticle raw)
    {
        try
        {
            return new AnalysisResult(pipeline.Analyze(raw), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug on one article must not lose the others; the message names the input so it can be reported.
            return new AnalysisResult(null, new InputError(raw.Location, $"could not be analyzed: {e.GetType().Name}: {e.Message}"));
        }
    }
}
