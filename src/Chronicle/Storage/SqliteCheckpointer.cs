using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>
/// Checkpoints a store's write-ahead log on a thread of its own, once per <see cref="Interval"/> in
/// which the store wrote, instead of in whichever commit takes the log past SQLite's threshold.
/// </summary>
/// <remarks>
/// A checkpoint copies the log's pages into the database and syncs both files, which takes several
/// milliseconds. Run in the commit, it stalls the writer (a worker would stop analyzing) and, with
/// <see cref="SqliteWriterTurns"/>, every writer waiting for its turn. Here it overlaps their work, and
/// copies a page rewritten by many commits once a second rather than once per thousand log pages.
/// A checkpoint is PASSIVE: it never waits for readers or writers, and what it cannot copy yet waits
/// for the next one. The last connection to close checkpoints whatever is left, as SQLite always does.
/// </remarks>
internal sealed class SqliteCheckpointer : IDisposable
{
    /// <summary>How long writes gather in the log before a checkpoint copies them.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly SqliteConnection _connection;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private int _wrote;
    private bool _disposed;

    /// <param name="connectionString">The store's own, for a second connection to its file.</param>
    public SqliteCheckpointer(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        _timer = new Timer(_ => Checkpoint(), null, Interval, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Says that the store has committed a write since the last checkpoint.</summary>
    public void Wrote() => Volatile.Write(ref _wrote, 1);

    private void Checkpoint()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            if (Interlocked.Exchange(ref _wrote, 0) == 1)
            {
                try
                {
                    using var command = _connection.Command("PRAGMA wal_checkpoint(PASSIVE)");
                    command.ExecuteNonQuery();
                }
                catch (SqliteException)
                {
                    // Nothing is lost when a checkpoint fails: the pages stay in the log for the next one.
                    Wrote();
                }
            }

            // Re-armed only now, so that a slow checkpoint is never overlapped by the next.
            _timer.Change(Interval, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer.Dispose();
            _connection.Dispose();
        }
    }
}
