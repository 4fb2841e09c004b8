using Chronicle.Articles;

namespace Chronicle.Pipeline;

/// <summary>
/// Runs the pipeline over a stream of read articles on every core, keeping input order, with a bounded
/// number of articles in hand at any time: memory does not grow with the length of the stream.
/// </summary>
/// <remarks>
/// Inputs are read on the caller's thread, one at a time and only while fewer than <see cref="Window"/>
/// are in hand, so a consumer that falls behind (a slow store) stops the reading instead of letting
/// analyzed articles pile up. PLINQ, used before, let its workers read on ahead into buffers of their own.
/// </remarks>
public static class ArticleStream
{
    /// <summary>
    /// The most articles read but not yet handed out: four per core keeps every core busy while the
    /// article next in order is a slow one.
    /// </summary>
    public static int Window { get; } = Environment.ProcessorCount * 4;

    public static IEnumerable<AnalysisResult> AnalyzeAll(this ArticlePipeline pipeline, IEnumerable<ReadResult> inputs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(inputs);
        return AnalyzeInOrder(pipeline, inputs, ct);
    }

    private static IEnumerable<AnalysisResult> AnalyzeInOrder(ArticlePipeline pipeline, IEnumerable<ReadResult> inputs, CancellationToken ct)
    {
        var inHand = new Queue<Task<AnalysisResult>>(Window);
        using var source = inputs.GetEnumerator();
        var more = true;
        while (true)
        {
            while (more && inHand.Count < Window)
            {
                ct.ThrowIfCancellationRequested();
                more = source.MoveNext();
                if (more)
                    inHand.Enqueue(Start(pipeline, source.Current, ct));
            }

            if (!inHand.TryDequeue(out var next))
                yield break;
            yield return next.GetAwaiter().GetResult();
        }
    }

    private static Task<AnalysisResult> Start(ArticlePipeline pipeline, ReadResult input, CancellationToken ct) =>
        input.Article is { } raw
            ? Task.Run(() => AnalyzeOne(pipeline, raw), ct)
            : Task.FromResult(new AnalysisResult(null, input.Error));

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
