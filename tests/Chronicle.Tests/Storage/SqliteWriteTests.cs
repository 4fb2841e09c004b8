using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

/// <summary>How the SQLite store writes: writers of one file take turns, and the log is checkpointed beside the commits.</summary>
public sealed class SqliteWriteTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_writer_waits_while_another_has_its_turn_on_the_same_file()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_db.Path)!);
        using var first = new SqliteWriterTurns(_db.Path);
        using var second = new SqliteWriterTurns(_db.Path);
        using var otherFile = new SqliteWriterTurns(_db.Path + ".other");
        using var holding = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        // A turn belongs to a thread, as a worker's write does.
        var holder = new Thread(() => first.Take(TimeSpan.FromSeconds(10), () => { holding.Set(); release.Wait(); return 0; }));
        holder.Start();
        holding.Wait();

        var refused = Assert.Throws<TimeoutException>(() => second.Take(TimeSpan.FromMilliseconds(200), () => 1));
        var elsewhere = otherFile.Take(TimeSpan.FromMilliseconds(200), () => 2);
        release.Set();
        holder.Join();
        var after = second.Take(TimeSpan.FromSeconds(10), () => 3);

        Assert.Contains(_db.Path, refused.Message, StringComparison.Ordinal);
        Assert.Equal((2, 3), (elsewhere, after));
    }

    [Fact]
    public void The_log_is_copied_into_the_database_without_a_commit_doing_it()
    {
        using var store = new SqliteArticleStore(_db.Path);
        var before = new FileInfo(_db.Path).Length;

        for (var i = 0; i < 30; i++)
            store.Store(TestArticles.Make($"c{i}", [$"Checkpoint report {i} from the coast."]));

        // Commits leave every page in the log; only a checkpoint grows the database file itself.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (new FileInfo(_db.Path).Length <= before && DateTime.UtcNow < deadline)
            Thread.Sleep(50);
        Assert.True(new FileInfo(_db.Path).Length > before, $"the database file stayed at {before} bytes");
        Assert.Equal(30, store.ListArticles().Count);
    }
}
