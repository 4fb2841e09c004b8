namespace Chronicle.Queue;

/// <summary>What a worker did, counted as it goes (safe to read while it runs).</summary>
public sealed class WorkerTally
{
    private int _stored;
    private int _alreadyStored;
    private int _retried;
    private int _deadLettered;
    private int _handedBack;

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

    internal void CountStored(bool already) => Interlocked.Increment(ref already ? ref _alreadyStored : ref _stored);

    internal void CountRetried() => Interlocked.Increment(ref _retried);

    internal void CountDeadLettered() => Interlocked.Increment(ref _deadLettered);

    internal void CountHandedBack() => Interlocked.Increment(ref _handedBack);

    public override string ToString() =>
        $"{Stored} stored, {AlreadyStored} already stored, {Retried} retried, {DeadLettered} dead-lettered, {HandedBack} handed back";
}
