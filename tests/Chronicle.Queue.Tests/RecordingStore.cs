using Chronicle.Export;
using Chronicle.Pipeline;
using Chronicle.Storage;

namespace Chronicle.Queue.Tests;

/// <summary>
/// A real store that records the size of every batch it is given, and can fail an article (by id) a
/// number of times before storing it, as a store that refuses one article of a batch would.
/// </summary>
internal sealed class RecordingStore(IArticleStore inner) : IArticleStore
{
    private readonly Dictionary<string, int> _failuresLeft = [];
    private readonly List<int> _batches = [];

    /// <summary>The size of each batch, in the order they came.</summary>
    public IReadOnlyList<int> Batches
    {
        get
        {
            lock (_batches)
                return [.. _batches];
        }
    }

    /// <summary>Fails the article with id <paramref name="id"/> the next <paramref name="times"/> times it comes.</summary>
    public void Fail(string id, int times) => _failuresLeft[id] = times;

    public IReadOnlyList<StoreAttempt> StoreAll(IReadOnlyList<AnalyzedArticle> articles)
    {
        lock (_batches)
            _batches.Add(articles.Count);
        var failing = articles.Where(Fails).ToHashSet();
        var stored = inner.StoreAll([.. articles.Where(a => !failing.Contains(a))]);
        var next = 0;
        return [.. articles.Select(a => failing.Contains(a)
            ? new StoreAttempt(null, new InvalidOperationException($"{a.Article.Id} refused by the test"))
            : stored[next++])];
    }

    public StoreOutcome Store(AnalyzedArticle article) => throw new NotSupportedException("workers store in batches");

    public IReadOnlyList<ArticleSummary> ListArticles(int limit = int.MaxValue) => inner.ListArticles(limit);

    public StoredArticle? FindArticle(string id) => inner.FindArticle(id);

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20) => inner.Search(query, limit);

    public IReadOnlyList<EventRecord> FindEvents(EventQuery query, int? matching = null) => inner.FindEvents(query, matching);

    public int CountEvents(EventQuery query) => inner.CountEvents(query);

    public EventRecord? FindEvent(string id) => inner.FindEvent(id);

    public IReadOnlyList<TimelineDay> Timeline(EventQuery query) => inner.Timeline(query);

    public IReadOnlyList<DyadCount> Dyads(EventQuery query, int limit = 100) => inner.Dyads(query, limit);

    public IReadOnlyList<ActorCount> ActorCounts(EventQuery query, int limit = 100) => inner.ActorCounts(query, limit);

    public IReadOnlyList<PlaceCount> Places(EventQuery query, int limit = 1000) => inner.Places(query, limit);

    public EventFacets Facets(EventQuery query, int limit = 30) => inner.Facets(query, limit);

    public void RefreshStatistics() => inner.RefreshStatistics();

    public long DataVersion() => inner.DataVersion();

    public void Dispose() => inner.Dispose();

    private bool Fails(AnalyzedArticle article)
    {
        lock (_failuresLeft)
        {
            if (article.Article.Id is not { } id || !_failuresLeft.TryGetValue(id, out var left) || left == 0)
                return false;
            _failuresLeft[id] = left - 1;
            return true;
        }
    }
}
