using System.Data.Common;
using Chronicle.Storage;
using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Storage;

/// <summary>A database path in a fresh temp directory (in a subfolder not yet made), deleted with everything in it afterwards.</summary>
internal sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chronicle-tests-" + Guid.NewGuid().ToString("N"));

    public SqliteTestDatabase() => Path = System.IO.Path.Combine(_directory, "nested", "chronicle.db");

    public string Path { get; }

    public override string Db => Path;

    public override IReadOnlyList<Migration> Migrations => SqliteDialect.Instance.Migrations;

    public override void Dispose()
    {
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }

    protected override DbConnection Connect() => new SqliteConnection($"Data Source={Path};Pooling=False");
}
