using NATS.Client.JetStream.Models;

namespace Chronicle.Queue;

/// <summary>
/// A queue's state: articles waiting, in flight, redelivered and dead-lettered, and how many were finished
/// (stored, or dead-lettered) per second over a sampling interval.
/// </summary>
/// <param name="Pending">Articles no worker has taken yet.</param>
/// <param name="InFlight">Articles delivered to a worker and not yet acked, including failed ones waiting for their retry and ones a stopped worker handed back, until they are delivered again.</param>
/// <param name="Redelivered">Of those in flight, the ones delivered more than once.</param>
/// <param name="DeadLettered">Messages in the dead-letter stream.</param>
/// <param name="Finished">Articles that have left the work stream since it was created (acked or dead-lettered).</param>
/// <param name="PerSecond">Articles finished per second over the sampling interval; null when the interval was zero.</param>
public sealed record QueueStatus(
    string Stream, ulong Pending, ulong InFlight, ulong Redelivered, ulong DeadLettered, ulong Finished, double? PerSecond, double IntervalSeconds)
{
    /// <summary>
    /// Reads the queue's state twice, <paramref name="interval"/> apart (once when it is zero), for the rate; null when the work
    /// stream does not exist (nothing was ever enqueued).
    /// </summary>
    public static async Task<QueueStatus?> SampleAsync(ArticleQueue queue, TimeSpan interval, CancellationToken ct = default)
    {
        if (await queue.FindStreamAsync(ct) is not { } first)
            return null;
        var last = first;
        var seconds = 0.0;
        if (interval > TimeSpan.Zero)
        {
            var started = TimeProvider.System.GetTimestamp();
            await Task.Delay(interval, ct);
            last = await queue.FindStreamAsync(ct) ?? first;
            seconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
        }

        var consumer = await queue.FindConsumerAsync(ct);
        var dead = await queue.FindDeadLetterStreamAsync(ct);

        // Before any worker ran there is no consumer, and every message in the stream is pending.
        var pending = consumer is null ? (ulong)last.State.Messages : consumer.NumPending;
        var finished = FinishedIn(last.State);
        return new QueueStatus(
            queue.Names.Stream, (ulong)pending, (ulong)(consumer?.NumAckPending ?? 0), (ulong)(consumer?.NumRedelivered ?? 0),
            (ulong)(dead?.State.Messages ?? 0), finished, seconds > 0 ? (finished - FinishedIn(first.State)) / seconds : null, seconds);
    }

    /// <summary>A work queue drops a message when it is acked, so what left it is every sequence handed out less what is still there (a purge counts too).</summary>
    private static ulong FinishedIn(StreamState state) => (ulong)state.LastSeq - (ulong)state.Messages;
}
