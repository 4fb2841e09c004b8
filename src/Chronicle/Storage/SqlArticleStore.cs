using System.Data.Common;
using System.Runtime.ExceptionServices;
using Chronicle.Pipeline;

namespace Chronicle.Storage;

/// <summary>
/// A store in a relational database: every call runs the shared SQL builders on a connection the
/// concrete store lends (<see cref="SqliteArticleStore"/>: its one connection, one call at a time;
/// <see cref="PostgresArticleStore"/>: a pooled one per call), in that database's <see cref="SqlDialect"/>.
/// </summary>
public abstract class SqlArticleStore : IArticleStore
{
    private protected SqlArticleStore(SqlDialect dialect) => Dialect = dialect;

    private protected SqlDialect Dialect { get; }

    /// <inheritdoc/>
    public StoreOutcome Store(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var attempt = StoreAll([article])[0];
        if (attempt.Error is { } error)
            ExceptionDispatchInfo.Throw(error);
        return attempt.Outcome!;
    }

    /// <inheritdoc/>
    public virtual IReadOnlyList<StoreAttempt> StoreAll(IReadOnlyList<AnalyzedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return articles.Count == 0 ? [] : Use(connection => ArticleWriter.WriteAll(connection, Dialect, articles));
    }

    public IReadOnlyList<ArticleSummary> ListArticles(int limit = int.MaxValue) => Use(connection => ArticleQueries.List(connection, limit));

    public StoredArticle? FindArticle(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Use(connection => ArticleQueries.Find(connection, id));
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Words, "quoted phrases" and prefix* terms, all of which must match; anything else the user types
    /// is searched as words, never parsed as the database's query syntax. <see cref="SearchHit.Rank"/>:
    /// lower is better.
    /// </remarks>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20) => Use(connection => StorySearch.Search(connection, Dialect, query, limit));

    public IReadOnlyList<Export.EventRecord> FindEvents(EventQuery query, int? matching = null) =>
        Read(query, (connection, dialect, q) => EventQueries.Find(connection, dialect, q, matching));

    public int CountEvents(EventQuery query) => Read(query, EventQueries.Count);

    public Export.EventRecord? FindEvent(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Use(connection => EventQueries.FindById(connection, id));
    }

    public IReadOnlyList<TimelineDay> Timeline(EventQuery query) => Read(query, EventStats.Timeline);

    public IReadOnlyList<DyadCount> Dyads(EventQuery query, int limit = 100) => Read(query, (c, d, q) => EventStats.Dyads(c, d, q, limit));

    public IReadOnlyList<ActorCount> ActorCounts(EventQuery query, int limit = 100) => Read(query, (c, d, q) => EventStats.Actors(c, d, q, limit));

    public IReadOnlyList<PlaceCount> Places(EventQuery query, int limit = 1000) => Read(query, (c, d, q) => EventStats.Places(c, d, q, limit));

    public EventFacets Facets(EventQuery query, int limit = 30) => Read(query, (c, d, q) => EventStats.Facets(c, d, q, limit));

    public void RefreshStatistics() => Use(connection =>
    {
        using var command = connection.Command(Dialect.Analyze);
        return command.ExecuteNonQuery();
    });

    /// <inheritdoc/>
    /// <remarks>
    /// The newest article's rowid (SQLite's own; PostgreSQL's identity column, which is indexed). On
    /// PostgreSQL an article can commit after one with a higher rowid did; a reader that looked in
    /// between sees no change for it until the next article is stored.
    /// </remarks>
    public long DataVersion() => Use(connection =>
    {
        using var command = connection.Command("SELECT coalesce(max(rowid), 0) FROM articles");
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    public abstract void Dispose();

    /// <summary>Runs <paramref name="work"/> on a connection that no other call uses meanwhile.</summary>
    private protected abstract T Use<T>(Func<DbConnection, T> work);

    private T Read<T>(EventQuery query, Func<DbConnection, SqlDialect, EventQuery, T> read)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Use(connection => read(connection, Dialect, query));
    }
}
