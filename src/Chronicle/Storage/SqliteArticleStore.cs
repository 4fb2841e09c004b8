using Chronicle.Pipeline;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, brought up to the current schema when opened.
/// An instance holds one connection and serializes its calls, so it can be shared by pipeline
/// threads; other processes may use the same file at once (they wait up to <see cref="BusyTimeout"/>).
/// </summary>
/// <remarks>
/// Ids: an article is stored under its own id unless another article (with a different dedup key)
/// already has that id; then it is stored under the first free "id-2", "id-3", ... and
/// <see cref="StoreOutcome.Id"/> says which. Source ids are only unique within their source (two JSONL
/// files may both number records from 1), and refusing the second article would lose a good input.
/// </remarks>
public sealed class SqliteArticleStore : IArticleStore
{
    /// <summary>How long a call waits for another process's write lock before it fails.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    /// <summary>Opens the database at <paramref name="path"/>, creating it and its directory if missing, and applies pending migrations.</summary>
    /// <exception cref="StoreSchemaException">The database was written by a newer version of Chronicle.</exception>
    public SqliteArticleStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);

        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
            // A pooled connection would keep the file open after Dispose.
            Pooling = false,
        }.ToString());
        try
        {
            _connection.Open();
            using (var pragmas = _connection.Command(
                // NORMAL is durable enough in WAL mode (a power cut can lose the last commits, never corrupt) and much faster.
                $"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};"))
                pragmas.ExecuteNonQuery();
            Migrations.Apply(_connection);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    /// <exception cref="SqliteException">The article breaks the schema's constraints (e.g. two stories with one index); nothing of it is stored.</exception>
    public StoreOutcome Store(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        lock (_gate)
            return ArticleWriter.Write(_connection, article);
    }

    public IReadOnlyList<ArticleSummary> ListArticles(int limit = int.MaxValue)
    {
        lock (_gate)
            return ArticleQueries.List(_connection, limit);
    }

    public StoredArticle? FindArticle(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_gate)
            return ArticleQueries.Find(_connection, id);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Words, "quoted phrases" and prefix* terms, all of which must match; anything else the user types
    /// is searched as words, never parsed as FTS5 syntax. <see cref="SearchHit.Rank"/> is SQLite's bm25:
    /// lower is better.
    /// </remarks>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        lock (_gate)
            return StorySearch.Search(_connection, query, limit);
    }

    public IReadOnlyList<Export.EventRecord> FindEvents(EventQuery query) => Read(query, EventQueries.Find);

    public int CountEvents(EventQuery query) => Read(query, EventQueries.Count);

    public Export.EventRecord? FindEvent(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_gate)
            return EventQueries.FindById(_connection, id);
    }

    public IReadOnlyList<TimelineDay> Timeline(EventQuery query) => Read(query, EventStats.Timeline);

    public IReadOnlyList<DyadCount> Dyads(EventQuery query, int limit = 100) => Read(query, (c, q) => EventStats.Dyads(c, q, limit));

    public IReadOnlyList<ActorCount> ActorCounts(EventQuery query, int limit = 100) => Read(query, (c, q) => EventStats.Actors(c, q, limit));

    public IReadOnlyList<PlaceCount> Places(EventQuery query, int limit = 1000) => Read(query, (c, q) => EventStats.Places(c, q, limit));

    public EventFacets Facets(EventQuery query, int limit = 30) => Read(query, (c, q) => EventStats.Facets(c, q, limit));

    /// <inheritdoc/>
    /// <remarks>
    /// A sampled ANALYZE: milliseconds even on a large store. Without it a page of events may be sorted
    /// from every selected event instead of read off an index.
    /// </remarks>
    public void RefreshStatistics()
    {
        lock (_gate)
        {
            using var command = _connection.Command("PRAGMA analysis_limit = 400; ANALYZE;");
            command.ExecuteNonQuery();
        }
    }

    /// <inheritdoc/>
    /// <remarks>The newest article's rowid: one step down the table's b-tree.</remarks>
    public long DataVersion()
    {
        lock (_gate)
        {
            using var command = _connection.Command("SELECT coalesce(max(rowid), 0) FROM articles");
            return (long)command.ExecuteScalar()!;
        }
    }

    public void Dispose()
    {
        lock (_gate)
            _connection.Dispose();
    }

    private T Read<T>(EventQuery query, Func<SqliteConnection, EventQuery, T> read)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
            return read(_connection, query);
    }
}
