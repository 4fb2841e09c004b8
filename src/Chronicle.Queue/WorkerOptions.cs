namespace Chronicle.Queue;

/// <summary>How an <see cref="ArticleWorker"/> pulls, retries and stops.</summary>
public sealed record WorkerOptions
{
    /// <summary>Articles analyzed at once (each takes one core while it is analyzed).</summary>
    public int Concurrency { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Most messages asked for in one pull request; never more than the free slots, so no message waits
    /// to be analyzed while its ack timer runs. Null: as many as <see cref="Concurrency"/>.
    /// </summary>
    public int? Batch { get; init; }

    /// <summary>Most analyzed articles stored in one transaction (and acked after its commit). 1: each alone.</summary>
    public int StoreBatch { get; init; } = 16;

    /// <summary>How long an analyzed article waits for its batch to fill before the batch is stored as it is.</summary>
    public TimeSpan StoreLinger { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Deliveries of a message before it goes to the dead-letter stream.</summary>
    public int MaxDeliver { get; init; } = 5;

    /// <summary>
    /// How long the server waits for an ack before it gives the message to another worker. A worker
    /// signals progress every third of it while an article is analyzed, so it bounds how soon the
    /// articles of a dead worker come back, not how long one article may take.
    /// </summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The delay before the second delivery of a failed message; it doubles with each further one.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest delay between two deliveries of a failed message.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long after a stop the articles in flight may take to finish before they are handed back (NAK) to other workers.
    /// System.CommandLine ends the process two seconds after Ctrl+C or SIGTERM, so the default stays under that.
    /// </summary>
    public TimeSpan StopGrace { get; init; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Return once the queue is empty (nothing pending, nothing in flight at any worker) instead of waiting for more.</summary>
    public bool Drain { get; init; }

    /// <summary>
    /// How long one pull request waits for messages before the worker asks again (and, draining, looks
    /// whether the queue is empty). A stop waits for the open request to expire, so keep it under <see cref="StopGrace"/>.
    /// </summary>
    public TimeSpan FetchExpiry { get; init; } = TimeSpan.FromSeconds(1);

    internal int BatchSize => Math.Min(Batch ?? Concurrency, Concurrency);

    /// <summary>The delay before the delivery after delivery number <paramref name="delivered"/> failed: doubling, capped.</summary>
    public TimeSpan RetryDelayAfter(int delivered)
    {
        var doublings = Math.Clamp(delivered - 1, 0, 30);
        var delay = RetryDelay * Math.Pow(2, doublings);
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }

    /// <exception cref="ArgumentOutOfRangeException">A count or a duration is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Concurrency, 1, nameof(Concurrency));
        ArgumentOutOfRangeException.ThrowIfLessThan(Batch ?? 1, 1, nameof(Batch));
        ArgumentOutOfRangeException.ThrowIfLessThan(StoreBatch, 1, nameof(StoreBatch));
        ArgumentOutOfRangeException.ThrowIfLessThan(StoreLinger, TimeSpan.Zero, nameof(StoreLinger));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDeliver, 1, nameof(MaxDeliver));
        ArgumentOutOfRangeException.ThrowIfLessThan(AckWait, TimeSpan.FromSeconds(1), nameof(AckWait));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(FetchExpiry, TimeSpan.FromSeconds(1), nameof(FetchExpiry));
    }
}
