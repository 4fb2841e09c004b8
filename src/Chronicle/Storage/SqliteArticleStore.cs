using System.Data.Common;
using Chronicle.Pipeline;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, brought up to the current schema when opened.
/// An instance holds one connection and serializes its calls, so it can be shared by pipeline
/// threads; other processes may use the same file at once (they wait up to <see cref="BusyTimeout"/>).
/// </summary>
/// <remarks>
/// Ids: an article is stored under its own id unless another article (with a different dedup key)
/// already has that id; then it is stored under the first free "id-2", "id-3", ... and
/// <see cref="StoreOutcome.Id"/> says which. Source ids are only unique within their source (two JSONL
/// files may both number records from 1), and refusing the second article would lose a good input.
/// A failing article (e.g. two stories with one index) fails with a <see cref="SqliteException"/> and leaves nothing of it stored.
/// </remarks>
public sealed class SqliteArticleStore : SqlArticleStore
{
    /// <summary>How long a call waits for another process's write lock before it fails.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    private readonly string _connectionString;
    private readonly SqliteConnection _connection;
    private readonly SqliteWriterTurns _writerTurns;
    private readonly Lock _gate = new();
    private SqliteCheckpointer? _checkpointer;

    /// <summary>Opens the database at <paramref name="path"/>, creating it and its directory if missing, and applies pending migrations.</summary>
    /// <exception cref="StoreSchemaException">The database was written by a newer version of Chronicle.</exception>
    public SqliteArticleStore(string path)
        : base(SqliteDialect.Instance)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
            // A pooled connection would keep the file open after Dispose.
            Pooling = false,
        }.ToString();
        _connection = new SqliteConnection(_connectionString);
        try
        {
            _connection.Open();
            using (var pragmas = _connection.Command(
                // NORMAL is durable enough in WAL mode (a power cut can lose the last commits, never corrupt) and much faster.
                $"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};" +
                // Checkpoints run beside the writes, not in them (see SqliteCheckpointer).
                " PRAGMA wal_autocheckpoint = 0;"))
                pragmas.ExecuteNonQuery();
            Migrations.Apply(_connection, Dialect, fullPath);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }

        _writerTurns = new SqliteWriterTurns(fullPath);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<StoreAttempt> StoreAll(IReadOnlyList<AnalyzedArticle> articles)
    {
        var attempts = _writerTurns.Take(BusyTimeout, () => base.StoreAll(articles));
        Checkpointer().Wrote();
        return attempts;
    }

    public override void Dispose()
    {
        lock (_gate)
        {
            _checkpointer?.Dispose();
            _connection.Dispose();
            _writerTurns.Dispose();
        }
    }

    /// <summary>The store's checkpointer, started by its first write: a store that only reads needs none.</summary>
    private SqliteCheckpointer Checkpointer()
    {
        lock (_gate)
            return _checkpointer ??= new SqliteCheckpointer(_connectionString);
    }

    private protected override T Use<T>(Func<DbConnection, T> work)
    {
        lock (_gate)
            return work(_connection);
    }
}
