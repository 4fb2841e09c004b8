using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Storage;

/// <summary>
/// Hands a SQLite file's one write lock from writer to writer without polling. SQLite's busy handler
/// sleeps 1, 2, 5, 10, 15... ms between tries, so a writer that finds the lock taken usually sleeps past
/// its release; with several workers committing an article every few milliseconds, those sleeps leave
/// cores idle. Chronicle's writers of one file first queue on a named system mutex, which wakes the next
/// one as soon as the last has committed. Any other writer still meets SQLite's own lock and busy timeout.
/// </summary>
internal sealed class SqliteWriterTurns : IDisposable
{
    private readonly string _path;
    private readonly Mutex? _mutex;

    /// <param name="fullPath">The database file; every process names its mutex after it.</param>
    public SqliteWriterTurns(string fullPath)
    {
        _path = fullPath;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(fullPath)))[..32];
        try
        {
            // "Global\": shared by every session of the machine, not only the terminal this process runs in.
            _mutex = new Mutex(initiallyOwned: false, $"Global\\chronicle-sqlite-{hash}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or WaitHandleCannotBeOpenedException or PlatformNotSupportedException)
        {
            // No named mutexes here (no writable shared-memory folder, say): SQLite's busy handler alone still keeps writes apart.
            _mutex = null;
        }
    }

    /// <summary>Runs <paramref name="write"/> once the other writers of this file have had their turns.</summary>
    /// <exception cref="TimeoutException">Another writer held its turn for longer than <paramref name="timeout"/>.</exception>
    public T Take<T>(TimeSpan timeout, Func<T> write)
    {
        if (_mutex is null)
            return write();
        try
        {
            if (!_mutex.WaitOne(timeout))
                throw new TimeoutException($"{_path}: another writer has held the database for over {timeout.TotalSeconds:0} s");
        }
        catch (AbandonedMutexException)
        {
            // The last writer died during its turn: SQLite rolls its transaction back, and the turn is ours.
        }

        try
        {
            return write();
        }
        finally
        {
            _mutex.ReleaseMutex();
        }
    }

    public void Dispose() => _mutex?.Dispose();
}
