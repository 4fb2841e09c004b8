using Npgsql;

namespace Chronicle.Storage;

/// <summary>
/// Reads a <c>postgresql://user:password@host:port/database?option=value</c> URL (or <c>postgres://</c>),
/// as libpq and most tools write them, into an Npgsql connection string. User and password are
/// URL-decoded; options are Npgsql connection string keywords (<c>sslmode=require</c>, <c>timeout=5</c>).
/// </summary>
public static class PostgresUrl
{
    /// <summary>The port a URL without one means.</summary>
    public const int DefaultPort = 5432;

    /// <summary>The Npgsql connection string for <paramref name="url"/>.</summary>
    /// <exception cref="StoreUrlException">The URL is malformed or names an option Npgsql does not know.</exception>
    public static string ToConnectionString(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgresql" or "postgres") || uri.DnsSafeHost.Length == 0)
            throw new StoreUrlException($"{ArticleStores.Redacted(url)}: not a postgresql://user:password@host:port/database URL");

        var settings = new NpgsqlConnectionStringBuilder
        {
            Host = uri.DnsSafeHost,
            Port = uri.Port < 0 ? DefaultPort : uri.Port,
        };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            settings.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
                settings.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
            settings.Database = database;

        foreach (var option in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = option.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? option : option[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(option[(equals + 1)..]);
            try
            {
                settings[key] = value;
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                throw new StoreUrlException($"{ArticleStores.Redacted(url)}: bad connection option '{key}': {e.Message}");
            }
        }
        return settings.ConnectionString;
    }
}
