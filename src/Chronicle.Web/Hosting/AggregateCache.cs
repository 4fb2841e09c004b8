using System.Collections.Concurrent;
using System.Diagnostics;
using Chronicle.Storage;

namespace Chronicle.Web.Hosting;

/// <summary>
/// Counts over the store (charts, facets, the total of a filtered list), kept while the store has not
/// changed. Every desk opens with the same unfiltered charts, and paging through a broad filter asks for
/// its total again on each page; both cost a scan of the selected events. Each answer is checked against
/// the store's <see cref="IArticleStore.DataVersion"/> on the connection that serves the request, so a new
/// article (stored by this server or another process) is seen at once; entries also expire after
/// <see cref="MaxAge"/>, which bounds how long a change made outside Chronicle could go unseen. Event
/// records themselves are never cached: a page is read fresh each time.
/// </summary>
public sealed class AggregateCache
{
    /// <summary>How long an entry is used at most, even when the store says nothing changed.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private const int Capacity = 512;

    private readonly ConcurrentDictionary<(string What, EventQuery Query), Entry> _entries = new();

    /// <summary>The answer of <paramref name="read"/> for <paramref name="query"/>, from the cache when the store has not changed since it was read.</summary>
    public Task<T> Read<T>(StorePool stores, string what, EventQuery query, Func<IArticleStore, EventQuery, T> read, CancellationToken ct)
    {
        var key = (what, query);
        return stores.Use(store =>
        {
            var version = store.DataVersion();
            if (_entries.TryGetValue(key, out var entry) && entry.Version == version && Stopwatch.GetElapsedTime(entry.ReadAt) < MaxAge)
                return (T)entry.Value!;
            var value = read(store, query);
            // A full cache starts over: the desk's working set is a few dozen filters, so eviction order
            // would buy little over a bounded size.
            if (_entries.Count >= Capacity)
                _entries.Clear();
            _entries[key] = new Entry(version, Stopwatch.GetTimestamp(), value);
            return value;
        }, ct);
    }

    private sealed record Entry(long Version, long ReadAt, object? Value);
}
