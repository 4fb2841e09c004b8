using Chronicle.Storage;

namespace Chronicle.Cli;

/// <summary>Opens the store for commands that only read it.</summary>
internal static class Stores
{
    /// <summary>
    /// Runs a query on the store at a path and returns its exit code; when there is no store there,
    /// says so and returns 1 (reading must not create an empty one).
    /// </summary>
    public static int Query(CliConsole console, string path, Func<IArticleStore, int> query)
    {
        if (!ArticleStores.MayExist(path))
        {
            console.ReportError($"{path}: no such store (run `chronicle ingest` first)");
            return 1;
        }

        using var store = ArticleStores.Open(path);
        return query(store);
    }
}
