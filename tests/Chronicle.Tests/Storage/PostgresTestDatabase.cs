using System.Data.Common;
using Chronicle.Storage;
using Npgsql;

namespace Chronicle.Tests.Storage;

/// <summary>
/// The database of one test class on the run's <see cref="PostgresServer"/>, emptied for each test (no
/// tables, no text search configuration, no migrations), as a new SQLite file is empty.
/// </summary>
internal sealed class PostgresTestDatabase : TestDatabase
{
    public PostgresTestDatabase(PostgresServer server, string testClass)
    {
        Db = server.Database(testClass);
        Query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    }

    public override string Db { get; }

    public override IReadOnlyList<Migration> Migrations => PostgresDialect.Instance.Migrations;

    /// <summary>Nothing to delete: the next test empties the database, and the server drops it at the end of the run.</summary>
    public override void Dispose()
    {
    }

    protected override DbConnection Connect() =>
        new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString(Db)) { Pooling = false }.ConnectionString);
}
