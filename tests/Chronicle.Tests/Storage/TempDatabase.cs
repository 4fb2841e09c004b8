namespace Chronicle.Tests.Storage;

/// <summary>A database path in a fresh temp directory (in a subfolder not yet made), deleted with everything in it afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chronicle-tests-" + Guid.NewGuid().ToString("N"));

    public TempDatabase() => Path = System.IO.Path.Combine(_directory, "nested", "chronicle.db");

    public string Path { get; }

    /// <summary>A connection string for looking at the file directly, unpooled so the file is closed when it is disposed.</summary>
    public string ConnectionString => $"Data Source={Path};Pooling=False";

    public void Dispose()
    {
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }
}
