namespace Chronicle.Storage;

/// <summary>Opens the store a <c>--db</c> value names: a file path (embedded SQLite) or a <c>postgresql://</c> URL.</summary>
public static class ArticleStores
{
    /// <summary>Whether <paramref name="db"/> names a database server rather than a file.</summary>
    public static bool IsServerUrl(string db) =>
        db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the store <paramref name="db"/> names may already hold data: a server always may; a file only when it exists.</summary>
    public static bool MayExist(string db) => IsServerUrl(db) || File.Exists(db);

    /// <summary>
    /// Opens (creating when missing) the store <paramref name="db"/> names and brings it to the current
    /// schema: a <see cref="PostgresArticleStore"/> for a <c>postgresql://user:password@host:port/database</c>
    /// URL (the database must exist), else a <see cref="SqliteArticleStore"/> file.
    /// </summary>
    /// <exception cref="StoreSchemaException">The store was written by a newer version of Chronicle.</exception>
    /// <exception cref="StoreUrlException">A malformed URL.</exception>
    /// <exception cref="System.Data.Common.DbException">The database cannot be opened (a server that cannot be reached, a damaged file).</exception>
    public static IArticleStore Open(string db)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        return IsServerUrl(db) ? new PostgresArticleStore(PostgresUrl.ToConnectionString(db)) : new SqliteArticleStore(db);
    }

    /// <summary>The store's name for messages: a URL without its password.</summary>
    public static string Redacted(string db)
    {
        if (!IsServerUrl(db) || !Uri.TryCreate(db, UriKind.Absolute, out var uri) || !uri.UserInfo.Contains(':', StringComparison.Ordinal))
            return db;
        var user = uri.UserInfo[..uri.UserInfo.IndexOf(':', StringComparison.Ordinal)];
        return new UriBuilder(uri) { UserName = user, Password = "***" }.Uri.ToString();
    }
}
