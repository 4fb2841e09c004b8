namespace Chronicle.Articles;

/// <summary>Limits and permissions that apply to every reader.</summary>
public sealed record ReaderOptions
{
    /// <summary>The largest single document accepted (a file, a fetched page, one JSONL line).</summary>
    public long MaxDocumentBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Forces one format instead of choosing by extension and content.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>Lets fetches reach loopback and private addresses (off by default: a feed must not probe the local network).</summary>
    public bool AllowPrivateNetwork { get; init; }

    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The largest page fetched for a feed item that carries only a summary.</summary>
    public long MaxFetchBytes { get; init; } = 5 * 1024 * 1024;
}
