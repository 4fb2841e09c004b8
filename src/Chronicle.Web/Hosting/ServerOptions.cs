namespace Chronicle.Web.Hosting;

/// <summary>How a Chronicle server is set up: which store, where it listens, and its safety limits.</summary>
public sealed record ServerOptions
{
    /// <summary>The default listening address: loopback only, so a server is never exposed by accident.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The SQLite store served (created when missing, so articles can be posted to a new one).</summary>
    public required string DbPath { get; init; }

    /// <summary>Addresses to listen on, separated by ';' ("http://127.0.0.1:0" picks a free port).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>
    /// The key that POST /api/articles requires; null falls back to configuration (Chronicle:ApiKey, e.g. the
    /// environment variable Chronicle__ApiKey) and then to CHRONICLE_API_KEY. With no key anywhere, ingesting over HTTP is off.
    /// </summary>
    public string? ApiKey { get; init; }

    /// <summary>The largest request body accepted, in bytes (posted articles); larger ones get 413.</summary>
    public long MaxRequestBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Origins allowed to call the API from other sites' pages; none by default (CORS off).</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];

    /// <summary>How many store connections serve reads at once.</summary>
    public int Readers { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Log ASP.NET Core's request lines and start-up notes (off in tests and benchmarks).</summary>
    public bool Verbose { get; init; }
}
