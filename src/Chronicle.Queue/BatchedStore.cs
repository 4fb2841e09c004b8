using Chronicle.Pipeline;
using Chronicle.Storage;

namespace Chronicle.Queue;

/// <summary>
/// Gathers a worker's analyzed articles and stores them many to a transaction. A transaction of 16
/// articles costs less than half as much per article as one each (one commit, statements prepared once:
/// bench/README.md), and on SQLite it is also the time the other workers wait for the one write lock.
/// </summary>
/// <remarks>
/// The article that fills a batch stores it on its own thread, so a worker analyzing one article at a
/// time does not analyze and store at once. A batch that stays short (the queue ran dry) is stored by a
/// timer once its first article has waited <see cref="WorkerOptions.StoreLinger"/>, and at the latest by
/// <see cref="Flush"/>. Batches are stored one at a time: the store promises no thread safety.
/// </remarks>
internal sealed class BatchedStore : IDisposable
{
    private readonly IArticleStore _store;
    private readonly int _size;
    private readonly TimeSpan _linger;
    private readonly WorkerTally _tally;
    private readonly Lock _gate = new();
    private readonly Lock _storing = new();
    private readonly Timer _timer;
    private List<Waiting> _batch = [];

    public BatchedStore(IArticleStore store, int size, TimeSpan linger, WorkerTally tally)
    {
        _store = store;
        _size = size;
        _linger = linger;
        _tally = tally;
        _timer = new Timer(_ => Flush());
    }

    /// <summary>
    /// Adds an article to the open batch, and stores the batch when this article fills it. The task ends
    /// when the article's batch is committed (or has failed), with what became of the article.
    /// </summary>
    public Task<StoreAttempt> Add(AnalyzedArticle article)
    {
        var waiting = new Waiting(article);
        List<Waiting>? full = null;
        lock (_gate)
        {
            _batch.Add(waiting);
            if (_batch.Count >= _size)
                full = TakeBatch();
            else if (_batch.Count == 1)
                _timer.Change(_linger, Timeout.InfiniteTimeSpan);
        }

        if (full is not null)
            Store(full);
        return waiting.Stored.Task;
    }

    /// <summary>Stores the open batch now, however short.</summary>
    public void Flush()
    {
        List<Waiting> batch;
        lock (_gate)
            batch = TakeBatch();
        if (batch.Count > 0)
            Store(batch);
    }

    public void Dispose() => _timer.Dispose();

    private List<Waiting> TakeBatch()
    {
        var batch = _batch;
        _batch = [];
        _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return batch;
    }

    private void Store(List<Waiting> batch)
    {
        IReadOnlyList<StoreAttempt> attempts;
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            lock (_storing)
                attempts = _store.StoreAll([.. batch.Select(w => w.Article)]);
        }
        catch (Exception e)
        {
            // The transaction itself failed (the database is busy, full or gone): nothing of the batch is stored.
            attempts = [.. batch.Select(_ => new StoreAttempt(null, e))];
        }

        _tally.AddStoring(TimeProvider.System.GetElapsedTime(started));
        for (var i = 0; i < batch.Count; i++)
            batch[i].Stored.SetResult(attempts[i]);
    }

    private sealed class Waiting(AnalyzedArticle article)
    {
        public AnalyzedArticle Article { get; } = article;

        // Continuations run elsewhere: the storing thread goes back to its own article at once.
        public TaskCompletionSource<StoreAttempt> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
