using System.Data.Common;

namespace Chronicle.Storage;

/// <summary>
/// What differs between the databases a store can live in. The SQL builders (<see cref="ArticleWriter"/>,
/// <see cref="ArticleQueries"/>, <see cref="EventFilter"/>, <see cref="EventQueries"/>, <see cref="EventStats"/>,
/// <see cref="StorySearch"/>, <see cref="Migrations"/>) are written once, in SQL that SQLite and PostgreSQL
/// both read (parameters as <c>@name</c>, <c>IS DISTINCT FROM</c>, aliased subqueries), and ask
/// their dialect for the rest: full-text search, locking, case-insensitive matching, NULL order,
/// migrations, statistics and how rows are sent.
/// </summary>
internal abstract class SqlDialect
{
    private readonly Lazy<IReadOnlyList<Migration>> _migrations;

    protected SqlDialect(string migrationsResourcePrefix) =>
        _migrations = new(() => Storage.Migrations.Load(migrationsResourcePrefix));

    /// <summary>The schema migrations this build knows for this database, by ascending version.</summary>
    public IReadOnlyList<Migration> Migrations => _migrations.Value;

    /// <summary>Creates the table that records applied migrations, when missing.</summary>
    public abstract string CreateMigrationsTable { get; }

    /// <summary>
    /// Begins a transaction that holds the locks <paramref name="names"/> name until it ends, so that
    /// a check and the write that depends on it cannot interleave with another connection's, in this
    /// process or another.
    /// </summary>
    public abstract DbTransaction BeginLocked(DbConnection connection, params IReadOnlyCollection<string> names);

    /// <summary>A condition that <paramref name="column"/> matches the LIKE pattern in <paramref name="parameter"/>, ignoring case, with no escape character.</summary>
    public abstract string LikeIgnoringCase(string column, string parameter);

    /// <summary>An ORDER BY term: <paramref name="column"/> descending, NULLs after every value.</summary>
    public abstract string DescendingNullsLast(string column);

    /// <summary>The value of <c>@match</c> for what a user typed, or null when it holds nothing to search for.</summary>
    public abstract string? TextQuery(string? input);

    /// <summary>A SELECT of (article_id, idx) of the stories whose text matches <c>@match</c>.</summary>
    public abstract string StoriesMatching { get; }

    /// <summary>
    /// The stories matching <c>@match</c>, best first, at most <c>@limit</c>: article id, article title,
    /// story index, a snippet with the matches in [ and ], and a rank where lower is better.
    /// </summary>
    public abstract string SearchStories { get; }

    /// <summary>Gathers the statistics the planner chooses indexes by.</summary>
    public abstract string Analyze { get; }

    /// <summary>
    /// The events table, aliased <c>e</c>, to be read along events_by_position (newest first) whatever else
    /// the filter could use; null where the planner weighs a page's LIMIT itself.
    /// </summary>
    public virtual string? EventsInPositionOrder => null;

    /// <summary>How an article's rows are sent.</summary>
    public abstract RowInserts Inserts(DbConnection connection);
}
