using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>SQLite: FTS5 over story text, BEGIN IMMEDIATE for locking, each row inserted at once.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    private const int SnippetTokens = 16;

    private SqliteDialect()
        : base("Chronicle.Storage.Migrations.Sqlite.")
    {
    }

    public override string CreateMigrationsTable =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT";

    /// <remarks>BEGIN IMMEDIATE takes the database's one write lock, whatever is being written, before any check reads.</remarks>
    public override DbTransaction BeginLocked(DbConnection connection, params IReadOnlyCollection<string> names) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: false);

    /// <remarks>SQLite's LIKE ignores ASCII case and has no escape character unless one is named.</remarks>
    public override string LikeIgnoringCase(string column, string parameter) => $"{column} LIKE {parameter}";

    /// <remarks>SQLite sorts NULL before every value, so descending puts it last; saying nothing more keeps the sort readable off an index.</remarks>
    public override string DescendingNullsLast(string column) => $"{column} DESC";

    public override string? TextQuery(string? input) => FtsQuery.Build(input);

    public override string StoriesMatching =>
        "SELECT st.article_id, st.idx FROM stories_fts JOIN stories st ON st.id = stories_fts.rowid WHERE stories_fts MATCH @match";

    /// <remarks>The rank is bm25: lower is better.</remarks>
    public override string SearchStories => $"""
        SELECT s.article_id, a.title, s.idx, snippet(stories_fts, 0, '[', ']', '…', {SnippetTokens}), bm25(stories_fts) AS score
        FROM stories_fts
        JOIN stories s ON s.id = stories_fts.rowid
        JOIN articles a ON a.id = s.article_id
        WHERE stories_fts MATCH @match
        ORDER BY score, s.article_id, s.idx
        LIMIT @limit
        """;

    /// <remarks>
    /// A sampled ANALYZE: milliseconds even on a large store. Without it a page of events may be sorted
    /// from every selected event instead of read off an index.
    /// </remarks>
    public override string Analyze => "PRAGMA analysis_limit = 400; ANALYZE;";

    public override string? EventsInPositionOrder => "events e INDEXED BY events_by_position";

    public override RowInserts Inserts(DbConnection connection) => new PreparedRowInserts(connection);
}
