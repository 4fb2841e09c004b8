using Chronicle.Articles;
using Chronicle.Pipeline;
using Chronicle.Storage;

namespace Chronicle.Queue.Tests;

/// <summary>A real nats-server, a scratch folder for stores, and the queue of articles on that server, for one test.</summary>
internal sealed class QueueHarness : IAsyncDisposable
{
    private static readonly Lazy<ArticlePipeline> SharedPipeline = new(() => ArticlePipeline.CreateDefault());

    private readonly NatsServer _server = new();
    private readonly ScratchDir _dir = new();
    private readonly List<ArticleQueue> _connections = [];

    public static ArticlePipeline Pipeline => SharedPipeline.Value;

    public string Db => _dir.File("store.db");

    /// <summary>A new connection to the queue (each worker has its own, as separate processes would).</summary>
    public async Task<ArticleQueue> ConnectAsync()
    {
        var queue = await ArticleQueue.ConnectAsync(_server.Url, new QueueNames());
        _connections.Add(queue);
        return queue;
    }

    /// <summary>Short articles, each with its own text (so its own dedup key) and id "a001", "a002", ...</summary>
    public static IReadOnlyList<RawArticle> Articles(int count) => Enumerable.Range(1, count).Select(i => new RawArticle
    {
        Id = $"a{i:000}",
        Text = $"Police in Aden arrested {i} protesters on Monday.\nThe governor said talks with the unions would resume in {i} days.",
        Location = new InputLocation("batch.jsonl", i),
    }).ToList();

    public static IReadOnlyList<ReadResult> Inputs(IEnumerable<RawArticle> articles) => articles.Select(ReadResult.Of).ToList();

    /// <summary>
    /// Runs one worker over the queue until it is empty, with its own connection and its own handle on the
    /// store (or <paramref name="store"/>, which it then disposes).
    /// </summary>
    public async Task<WorkerTally> DrainAsync(WorkerOptions options, List<string>? notes = null, IArticleStore? store = null)
    {
        var queue = await ConnectAsync();
        using var storeInUse = store ?? ArticleStores.Open(Db);
        var worker = new ArticleWorker(queue, Pipeline, storeInUse, options with { Drain = true }, note =>
        {
            if (notes is not null)
            {
                lock (notes)
                    notes.Add(note);
            }
        });
        return await worker.RunAsync(CancellationToken.None);
    }

    /// <summary>The ids of the stored articles, sorted, one entry per stored row.</summary>
    public IReadOnlyList<string> StoredIds()
    {
        using var store = ArticleStores.Open(Db);
        return store.ListArticles().Select(a => a.Id).Order(StringComparer.Ordinal).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var queue in _connections)
            await queue.DisposeAsync();
        _server.Dispose();
        _dir.Dispose();
    }
}
