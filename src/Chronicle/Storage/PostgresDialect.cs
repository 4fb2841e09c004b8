using System.Data.Common;
using Npgsql;

namespace Chronicle.Storage;

/// <summary>
/// PostgreSQL: a generated tsvector column over story text (the <c>chronicle_search</c> text search
/// configuration of Migrations/Postgres/0001), advisory transaction locks, rows sent many to a statement.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    private PostgresDialect()
        : base("Chronicle.Storage.Migrations.Postgres.")
    {
    }

    public override string CreateMigrationsTable =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)";

    /// <remarks>
    /// Transaction-level advisory locks on 64-bit hashes of the names: released at commit or rollback,
    /// even when the connection dies. Two names with one hash only wait for each other. The hashes are
    /// taken in ascending order, so that two transactions wanting some of the same locks cannot each hold
    /// one the other waits for.
    /// </remarks>
    public override DbTransaction BeginLocked(DbConnection connection, params IReadOnlyCollection<string> names)
    {
        var transaction = connection.BeginTransaction();
        try
        {
            foreach (var hash in Hashes(connection, names))
            {
                using var take = connection.Command("SELECT pg_advisory_xact_lock(@hash)", ("@hash", hash));
                take.ExecuteNonQuery();
            }
            return transaction;
        }
        catch
        {
            transaction.Dispose();
            throw;
        }
    }

    /// <remarks>PostgreSQL's LIKE minds case and takes a backslash as its escape character, which would make "a\" an error.</remarks>
    public override string LikeIgnoringCase(string column, string parameter) => $"{column} ILIKE {parameter} ESCAPE ''";

    /// <remarks>PostgreSQL sorts NULL after every value, so descending would put it first.</remarks>
    public override string DescendingNullsLast(string column) => $"{column} DESC NULLS LAST";

    public override string? TextQuery(string? input) => TsQuery.Build(input);

    public override string StoriesMatching =>
        "SELECT st.article_id, st.idx FROM stories st WHERE st.text_search @@ to_tsquery('chronicle_search', @match)";

    /// <remarks>
    /// The rank is ts_rank (scaled down for long stories) negated, so that lower is better as with
    /// SQLite's bm25; the numbers of the two stores are not comparable. Snippets are made for the page
    /// of hits only: ts_headline reads the whole story.
    /// </remarks>
    public override string SearchStories => """
        SELECT hit.article_id, a.title, hit.idx,
               ts_headline('chronicle_search', hit.text, to_tsquery('chronicle_search', @match), 'StartSel=[, StopSel=], MaxWords=16, MinWords=8'),
               hit.score
        FROM (SELECT s.article_id, s.idx, s.text, -ts_rank(s.text_search, to_tsquery('chronicle_search', @match), 1)::double precision AS score
              FROM stories s
              WHERE s.text_search @@ to_tsquery('chronicle_search', @match)
              ORDER BY score, s.article_id, s.idx
              LIMIT @limit) hit
        JOIN articles a ON a.id = hit.article_id
        ORDER BY hit.score, hit.article_id, hit.idx
        """;

    /// <remarks>Every table of the database: a store is a database of its own.</remarks>
    public override string Analyze => "ANALYZE";

    public override RowInserts Inserts(DbConnection connection) => new MultiRowInserts((NpgsqlConnection)connection);

    /// <summary>The distinct lock hashes of <paramref name="names"/>, ascending, as the server computes them.</summary>
    private static List<long> Hashes(DbConnection connection, IReadOnlyCollection<string> names)
    {
        using var hash = connection.Command(
            "SELECT DISTINCT hashtextextended(name, 0) AS hash FROM unnest(@names) AS name ORDER BY hash", ("@names", names.ToArray()));
        using var reader = hash.ExecuteReader();
        var hashes = new List<long>(names.Count);
        while (reader.Read())
            hashes.Add(reader.GetInt64(0));
        return hashes;
    }
}
