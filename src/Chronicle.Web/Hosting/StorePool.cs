using System.Collections.Concurrent;
using Chronicle.Storage;

namespace Chronicle.Web.Hosting;

/// <summary>
/// A few open stores on one database, lent one per request. A SQLite store serializes its calls on its one
/// connection; several connections let readers work in parallel (SQLite's WAL mode, or a server) while a writer works.
/// </summary>
public sealed class StorePool : IDisposable
{
    private readonly string _path;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<IArticleStore> _idle = [];
    private readonly ConcurrentBag<IArticleStore> _all = [];

    /// <summary>
    /// Opens the store once now, so a damaged or too-new file fails at start-up rather than on the first
    /// request, and refreshes the planner's statistics for the store as it is.
    /// </summary>
    public StorePool(string path, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _path = path;
        _slots = new SemaphoreSlim(size, size);
        var first = Open();
        first.RefreshStatistics();
        Return(first);
    }

    public string Path => _path;

    /// <summary>Runs a call on a store of its own, waiting for one when all are lent.</summary>
    public async Task<T> Use<T>(Func<IArticleStore, T> call, CancellationToken ct = default)
    {
        await _slots.WaitAsync(ct);
        var store = _idle.TryTake(out var idle) ? idle : Open();
        try
        {
            return call(store);
        }
        finally
        {
            Return(store);
            _slots.Release();
        }
    }

    /// <summary>Refreshes the planner's statistics after the store has grown.</summary>
    public Task RefreshStatistics(CancellationToken ct = default) =>
        Use(store => { store.RefreshStatistics(); return true; }, ct);

    public void Dispose()
    {
        foreach (var store in _all)
            store.Dispose();
        _slots.Dispose();
    }

    private IArticleStore Open()
    {
        var store = ArticleStores.Open(_path);
        _all.Add(store);
        return store;
    }

    private void Return(IArticleStore store) => _idle.Add(store);
}
