using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>
/// Applies the embedded Migrations/NNNN_name.sql scripts a database lacks, in order, each in its own
/// transaction, and records each in schema_migrations.
/// </summary>
internal static class Migrations
{
    private const string ResourcePrefix = "Chronicle.Storage.Migrations.";

    /// <summary>The migrations this build knows, by ascending version.</summary>
    public static IReadOnlyList<Migration> All { get; } = Load();

    public static void Apply(SqliteConnection connection)
    {
        using (var create = connection.Command(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT"))
            create.ExecuteNonQuery();

        var latest = All[^1].Version;
        using (var newest = connection.Command("SELECT max(version) FROM schema_migrations"))
        {
            if (newest.ExecuteScalar() is long applied && applied > latest)
                throw new StoreSchemaException(
                    $"The database {connection.DataSource} has schema version {applied}, newer than this version of Chronicle knows ({latest}). Use a newer Chronicle.");
        }

        foreach (var migration in All)
            ApplyOnce(connection, migration);
    }

    private static void ApplyOnce(SqliteConnection connection, Migration migration)
    {
        // BEGIN IMMEDIATE takes the write lock before the check, so two processes opening a new
        // database at once cannot both apply the same migration.
        using var transaction = connection.BeginTransaction(deferred: false);
        using (var check = connection.Command("SELECT 1 FROM schema_migrations WHERE version = $version", ("$version", migration.Version)))
        {
            if (check.ExecuteScalar() is not null)
                return;
        }

        using (var script = connection.Command(migration.Sql))
            script.ExecuteNonQuery();
        using (var record = connection.Command(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $appliedAt)",
            ("$version", migration.Version), ("$name", migration.Name), ("$appliedAt", Timestamps.Now())))
            record.ExecuteNonQuery();
        transaction.Commit();
    }

    private static Migration[] Load()
    {
        var assembly = typeof(Migrations).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(m => m.Version)
            .ToArray();
        for (var i = 0; i < migrations.Length; i++)
        {
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException($"Migrations must be numbered 1, 2, 3, ... without gaps; found {migrations[i].Name} at position {i + 1}.");
        }
        return migrations.Length > 0 ? migrations : throw new InvalidOperationException("No migrations are embedded.");
    }

    private static Migration Read(Assembly assembly, string resource)
    {
        var name = resource[ResourcePrefix.Length..^".sql".Length];
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !int.TryParse(name.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            throw new InvalidOperationException($"Migration {name}.sql is not named NNNN_description.sql.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, name, reader.ReadToEnd());
    }
}

/// <summary>One schema change: its version (the file's number), its file name without extension, and its SQL.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
