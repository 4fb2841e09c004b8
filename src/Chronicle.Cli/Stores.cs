using Chronicle.Storage;

namespace Chronicle.Cli;

/// <summary>Opens the store for commands that only read it.</summary>
internal static class Stores
{
    /// <summary>The store at a path, or null (after saying so) when there is none: reading must not create an empty one.</summary>
    public static SqliteArticleStore? OpenExisting(CliConsole console, string path)
    {
        if (File.Exists(path))
            return new SqliteArticleStore(path);
        console.ReportError($"{path}: no such store (run `chronicle ingest` first)");
        return null;
    }
}
