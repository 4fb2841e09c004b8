using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Chronicle.Queue;

/// <summary>
/// One message a worker holds: its delivery count, the progress signals that keep its ack timer from
/// running out, and the rule that it is settled (ack, NAK or term) once, by whichever of finishing,
/// failing and stopping comes first.
/// </summary>
internal sealed class Delivery(INatsJSMsg<byte[]> message) : IDisposable
{
    private readonly CancellationTokenSource _settled = new();
    private int _settling;

    public INatsJSMsg<byte[]> Message => message;

    /// <summary>Which delivery of the message this is, from 1.</summary>
    public int Attempt => (int)(message.Metadata?.NumDelivered ?? 1);

    /// <summary>The message's sequence number in the work stream.</summary>
    public ulong Sequence => message.Metadata?.Sequence.Stream ?? 0;

    /// <summary>Tells the server every <paramref name="every"/> that the message is still being worked on, until it is settled.</summary>
    public void SignalProgress(TimeSpan every) => _ = SignalProgressAsync(every, _settled.Token);

    /// <summary>Settles the message with <paramref name="settle"/> unless it was already settled; true when this call settled it.</summary>
    public async Task<bool> SettleAsync(Func<INatsJSMsg<byte[]>, ValueTask> settle)
    {
        if (Interlocked.Exchange(ref _settling, 1) != 0)
            return false;
        await _settled.CancelAsync();
        await settle(message);
        return true;
    }

    public void Dispose()
    {
        _settled.Cancel();
        _settled.Dispose();
    }

    private async Task SignalProgressAsync(TimeSpan every, CancellationToken settled)
    {
        try
        {
            using var timer = new PeriodicTimer(every);
            while (await timer.WaitForNextTickAsync(settled))
                await message.AckProgressAsync(cancellationToken: settled);
        }
        catch (OperationCanceledException)
        {
            // Settled: no more signals.
        }
        catch (NatsException)
        {
            // A lost signal can only cause a redelivery, which the store absorbs (it stores an article once).
        }
    }
}
