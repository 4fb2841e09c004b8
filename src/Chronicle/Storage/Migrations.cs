using System.Data.Common;
using System.Globalization;
using System.Reflection;

namespace Chronicle.Storage;

/// <summary>
/// Applies the embedded NNNN_name.sql scripts of a database's dialect (Migrations/ for SQLite,
/// Migrations/Postgres/ for PostgreSQL, numbered alike) that a database lacks, in order, each in its
/// own transaction under the dialect's lock, and records each in schema_migrations.
/// </summary>
internal static class Migrations
{
    // Held by whoever checks for and applies a migration, so two processes opening a new database at
    // once cannot both apply the same one.
    private const string Lock = "chronicle:migrations";

    /// <param name="store">The store's name for messages (a path, or a URL without its password).</param>
    /// <exception cref="StoreSchemaException">The database has a migration newer than any this build knows.</exception>
    public static void Apply(DbConnection connection, SqlDialect dialect, string store)
    {
        using (var transaction = dialect.BeginLocked(connection, Lock))
        {
            using (var create = connection.Command(dialect.CreateMigrationsTable))
                create.ExecuteNonQuery();
            transaction.Commit();
        }

        var latest = dialect.Migrations[^1].Version;
        using (var newest = connection.Command("SELECT max(version) FROM schema_migrations"))
        {
            if (newest.ScalarNumber() is { } applied && applied > latest)
                throw new StoreSchemaException(
                    $"The database {store} has schema version {applied}, newer than this version of Chronicle knows ({latest}). Use a newer Chronicle.");
        }

        foreach (var migration in dialect.Migrations)
            ApplyOnce(connection, dialect, migration);
    }

    /// <summary>The migrations embedded under <paramref name="resourcePrefix"/>, by ascending version, checked to be numbered 1, 2, 3, ...</summary>
    public static IReadOnlyList<Migration> Load(string resourcePrefix)
    {
        var assembly = typeof(Migrations).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(resourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, resourcePrefix, name))
            .OrderBy(m => m.Version)
            .ToArray();
        for (var i = 0; i < migrations.Length; i++)
        {
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException($"Migrations must be numbered 1, 2, 3, ... without gaps; found {migrations[i].Name} at position {i + 1}.");
        }
        return migrations.Length > 0 ? migrations : throw new InvalidOperationException($"No migrations are embedded under {resourcePrefix}.");
    }

    private static void ApplyOnce(DbConnection connection, SqlDialect dialect, Migration migration)
    {
        using var transaction = dialect.BeginLocked(connection, Lock);
        using (var check = connection.Command("SELECT 1 FROM schema_migrations WHERE version = @version", ("@version", migration.Version)))
        {
            if (check.ExecuteScalar() is not null)
                return;
        }

        using (var script = connection.Command(migration.Sql))
            script.ExecuteNonQuery();
        using (var record = connection.Command(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @appliedAt)",
            ("@version", migration.Version), ("@name", migration.Name), ("@appliedAt", Timestamps.Now())))
            record.ExecuteNonQuery();
        transaction.Commit();
    }

    private static Migration Read(Assembly assembly, string resourcePrefix, string resource)
    {
        var name = resource[resourcePrefix.Length..^".sql".Length];
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
