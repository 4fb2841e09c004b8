using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

/// <summary>Every store brings its database to the schema this build knows, once, and refuses a newer one.</summary>
public abstract class MigrationsTests : IDisposable
{
    private protected MigrationsTests(TestDatabase db) => Db = db;

    private protected TestDatabase Db { get; }

    public void Dispose()
    {
        Db.Dispose();
        GC.SuppressFinalize(this);
    }

    [StoreFact]
    public void Opening_applies_every_migration_once()
    {
        using (Db.Open())
        {
        }
        var first = AppliedMigrations();

        using (Db.Open())
        {
        }

        Assert.Equal(Db.Migrations.Select(m => (long)m.Version), first.Select(m => m.Version));
        Assert.Equal("0001_initial", first[0].Name);
        Assert.Equal(first, AppliedMigrations());
    }

    [StoreFact]
    public void Stores_opening_a_new_database_at_once_apply_each_migration_once()
    {
        var stores = new IArticleStore[4];

        Parallel.For(0, stores.Length, i => stores[i] = Db.Open());
        foreach (var store in stores)
            store.Dispose();

        Assert.Equal(Db.Migrations.Select(m => (long)m.Version), AppliedMigrations().Select(m => m.Version));
    }

    [StoreFact]
    public void A_database_newer_than_the_code_is_refused_with_a_clear_error()
    {
        using (Db.Open())
        {
        }
        Db.Query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, '9999_future', '2030-01-01T00:00:00Z')");

        var error = Assert.Throws<StoreSchemaException>(() => Db.Open());

        Assert.Contains("9999", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    private List<(long Version, string Name, string AppliedAt)> AppliedMigrations() =>
        [.. Db.Query("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")
            .Select(row => (Convert.ToInt64(row[0], System.Globalization.CultureInfo.InvariantCulture), (string)row[1]!, (string)row[2]!))];
}

public sealed class SqliteMigrationsTests() : MigrationsTests(new SqliteTestDatabase())
{
    private string Path => ((SqliteTestDatabase)Db).Path;

    [Fact]
    public void Opening_creates_the_file_and_its_directory()
    {
        using (Db.Open())
        {
        }

        Assert.True(File.Exists(Path));
    }

    [Fact]
    public void The_database_is_in_wal_mode()
    {
        using (Db.Open())
        {
        }

        Assert.Equal("wal", Assert.Single(Db.Query("PRAGMA journal_mode"))[0]);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresMigrationsTests(PostgresServer server) : MigrationsTests(new PostgresTestDatabase(server, nameof(PostgresMigrationsTests)));

/// <summary>Migrations/ (SQLite) and Migrations/Postgres/ number the same schema changes alike.</summary>
public sealed class MigrationFoldersTests
{
    [Fact]
    public void Both_databases_have_the_same_migrations()
    {
        Assert.Equal(
            SqliteDialect.Instance.Migrations.Select(m => (m.Version, m.Name)),
            PostgresDialect.Instance.Migrations.Select(m => (m.Version, m.Name)));
    }
}
