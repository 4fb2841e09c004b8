using Chronicle.Storage;
using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Storage;

public sealed class MigrationsTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Opening_creates_the_directory_and_applies_every_migration_once()
    {
        using (new SqliteArticleStore(_db.Path))
        {
        }
        var first = AppliedMigrations();

        using (new SqliteArticleStore(_db.Path))
        {
        }

        Assert.True(File.Exists(_db.Path));
        Assert.Equal(Migrations.All.Select(m => (long)m.Version), first.Select(m => m.Version));
        Assert.Equal("0001_initial", first[0].Name);
        Assert.Equal(first, AppliedMigrations());
    }

    [Fact]
    public void The_database_is_in_wal_mode()
    {
        using (new SqliteArticleStore(_db.Path))
        {
        }

        using var connection = new SqliteConnection(_db.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void A_database_newer_than_the_code_is_refused_with_a_clear_error()
    {
        using (new SqliteArticleStore(_db.Path))
        {
        }
        Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, '9999_future', '2030-01-01T00:00:00Z')");

        var error = Assert.Throws<StoreSchemaException>(() => new SqliteArticleStore(_db.Path));

        Assert.Contains("9999", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    private List<(long Version, string Name, string AppliedAt)> AppliedMigrations()
    {
        using var connection = new SqliteConnection(_db.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, name, applied_at FROM schema_migrations ORDER BY version";
        using var reader = command.ExecuteReader();
        var rows = new List<(long, string, string)>();
        while (reader.Read())
            rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        return rows;
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection(_db.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
