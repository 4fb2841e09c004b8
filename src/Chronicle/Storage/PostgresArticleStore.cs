using System.Data.Common;
using Chronicle.Pipeline;
using Npgsql;

namespace Chronicle.Storage;

/// <summary>
/// A store in a PostgreSQL database, for teams: many processes (ingesting workers, web servers) read
/// and write it at once. It has the schema and the behaviour of <see cref="SqliteArticleStore"/>
/// (Migrations/Postgres mirrors Migrations/ version for version) and is brought up to the current
/// schema when opened. Calls are thread-safe: each runs on a connection of the store's own pool.
/// </summary>
/// <remarks>
/// Two connections storing the same article at once: the second waits for the first's transaction
/// (an advisory lock on the dedup key) and then reports it already stored. Two storing different
/// articles that both want the same free id: the database's key refuses the later insert, which is
/// retried from the start and takes the next free "id-2", "id-3", ...
/// A failing article (e.g. two stories with one index) fails with a <see cref="PostgresException"/> and leaves nothing of it stored.
/// </remarks>
public sealed class PostgresArticleStore : SqlArticleStore
{
    /// <summary>How often one article is tried when other connections keep taking the id it was about to get.</summary>
    private const int StoreAttempts = 10;

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Opens the database an Npgsql connection string names and applies pending migrations.</summary>
    /// <exception cref="StoreSchemaException">The database was written by a newer version of Chronicle.</exception>
    /// <exception cref="NpgsqlException">The server cannot be reached, or refuses the connection.</exception>
    public PostgresArticleStore(string connectionString)
        : base(PostgresDialect.Instance)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        // The same few statements run for every article and every page: let the server keep their plans.
        if (settings.MaxAutoPrepare == 0)
            settings.MaxAutoPrepare = 64;
        _dataSource = NpgsqlDataSource.Create(settings);
        try
        {
            using var connection = _dataSource.OpenConnection();
            Migrations.Apply(connection, Dialect, $"'{settings.Database ?? settings.Username}' on {settings.Host}:{settings.Port}");
        }
        catch
        {
            _dataSource.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyList<StoreAttempt> StoreAll(IReadOnlyList<AnalyzedArticle> articles)
    {
        var attempts = base.StoreAll(articles).ToArray();
        for (var round = 2; round <= StoreAttempts; round++)
        {
            // Another connection committed an article under the id one of these chose; the next try sees it and chooses another.
            var again = Enumerable.Range(0, attempts.Length).Where(i => LostItsId(attempts[i])).ToList();
            if (again.Count == 0)
                break;
            var retried = base.StoreAll([.. again.Select(i => articles[i])]);
            for (var k = 0; k < again.Count; k++)
                attempts[again[k]] = retried[k];
        }

        return attempts;
    }

    public override void Dispose() => _dataSource.Dispose();

    private static bool LostItsId(StoreAttempt attempt) =>
        attempt.Error is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "articles_pkey" };

    private protected override T Use<T>(Func<DbConnection, T> work)
    {
        using var connection = _dataSource.OpenConnection();
        return work(connection);
    }
}
