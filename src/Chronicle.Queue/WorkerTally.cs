namespace Chronicle.Queue;

/// <summary>What a worker did, counted as it goes (safe to read while it runs).</summary>
public sealed class WorkerTally
{
    private int _stored;
    private int _alreadyStored;
    private int _retried;
    private int _deadLettered;
    private int _handedBack;
    private long _analyzingTicks;
    private long _storingTicks;

    /// <summary>Articles analyzed and stored.</summary>
    public int Stored => Volatile.Read(ref _stored);

    /// <summary>Articles the store already had (a redelivery, or the same article queued twice): acked, nothing written.</summary>
    public int AlreadyStored => Volatile.Read(ref _alreadyStored);

    /// <summary>Failed deliveries handed back for a later retry.</summary>
    public int Retried => Volatile.Read(ref _retried);

    /// <summary>Messages sent to the dead-letter stream.</summary>
    public int DeadLettered => Volatile.Read(ref _deadLettered);

    /// <summary>Articles still in flight when the worker stopped, handed back to other workers.</summary>
    public int HandedBack => Volatile.Read(ref _handedBack);

    /// <summary>Time spent analyzing articles, summed over the worker's slots.</summary>
    public TimeSpan Analyzing => TimeSpan.FromTicks(Volatile.Read(ref _analyzingTicks));

    /// <summary>
    /// Time spent storing batches of articles, waits for the store included (on SQLite, for other
    /// processes' writes). Beside <see cref="Analyzing"/>, it says whether the store is what holds the workers back.
    /// </summary>
    public TimeSpan Storing => TimeSpan.FromTicks(Volatile.Read(ref _storingTicks));

    internal void AddAnalyzing(TimeSpan time) => Interlocked.Add(ref _analyzingTicks, time.Ticks);

    internal void AddStoring(TimeSpan time) => Interlocked.Add(ref _storingTicks, time.Ticks);

    internal void CountStored(bool already) => Interlocked.Increment(ref already ? ref _alreadyStored : ref _stored);

    internal void CountRetried() => Interlocked.Increment(ref _retried);

    internal void CountDeadLettered() => Interlocked.Increment(ref _deadLettered);

    internal void CountHandedBack() => Interlocked.Increment(ref _handedBack);

    public override string ToString() =>
        $"{Stored} stored, {AlreadyStored} already stored, {Retried} retried, {DeadLettered} dead-lettered, {HandedBack} handed back; " +
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Analyzing.TotalSeconds:F1} s analyzing, {Storing.TotalSeconds:F1} s storing");
}
