using System.Collections.Concurrent;
using Chronicle.Articles;
using Chronicle.Pipeline;
using Chronicle.Storage;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Chronicle.Queue;

/// <summary>
/// Pulls articles from the queue's durable consumer, analyzes and stores each, and acks it only once
/// the store has committed it. Any number of workers may share a queue and a store: a redelivered
/// article is stored once, because <see cref="IArticleStore.Store"/> keeps one article per dedup key
/// (and says so), and is then acked like any other.
/// </summary>
/// <remarks>
/// A failed article is handed back (NAK) with a delay that doubles with each delivery; after
/// <see cref="WorkerOptions.MaxDeliver"/> deliveries it is published to the dead-letter subject, with the
/// error and delivery count in headers beside the unchanged payload, and terminated. A message delivered
/// more often than that without any outcome (its workers died on it) is dead-lettered on arrival.
/// </remarks>
public sealed class ArticleWorker(ArticleQueue queue, ArticlePipeline pipeline, IArticleStore store, WorkerOptions options, Action<string> note)
{
    private const int MaxErrorLength = 2000;

    private readonly WorkerTally _tally = new();
    private readonly ConcurrentDictionary<Delivery, byte> _unsettled = new();
    private readonly List<Task> _running = [];
    private readonly SemaphoreSlim _slots = new(options.Concurrency);

    /// <summary>Counts of what this worker has done so far.</summary>
    public WorkerTally Tally => _tally;

    /// <summary>
    /// Works until <paramref name="stop"/> is cancelled (or, with <see cref="WorkerOptions.Drain"/>, until
    /// the queue is empty). On a stop, articles in flight get <see cref="WorkerOptions.StopGrace"/> to
    /// finish and are then handed back to other workers.
    /// </summary>
    public async Task<WorkerTally> RunAsync(CancellationToken stop)
    {
        options.Validate();
        await queue.EnsureDeadLetterStreamAsync(stop);
        var consumer = await queue.EnsureConsumerAsync(options.AckWait, stop);
        using var batches = new BatchedStore(store, options.StoreBatch, options.StoreLinger, _tally);
        long? stoppedAt = null;
        await using (stop.Register(() => stoppedAt = TimeProvider.System.GetTimestamp()))
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    _running.RemoveAll(task => task.IsCompleted);
                    var received = await PullAsync(consumer, batches, stop);
                    if (received == 0 && options.Drain && _running.All(task => task.IsCompleted) && await IsEmptyAsync(stop))
                        break;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Stopping: handled below.
            }
        }

        batches.Flush();
        var graceLeft = stoppedAt is { } at ? options.StopGrace - TimeProvider.System.GetElapsedTime(at) : TimeSpan.Zero;
        await FinishOrHandBackAsync(graceLeft > TimeSpan.Zero ? graceLeft : TimeSpan.Zero);
        return _tally;
    }

    /// <summary>
    /// Asks for as many messages as there are free slots (at most a batch) and starts each as it arrives.
    /// A pull request is never cancelled, only left to expire: the server could still fill a cancelled
    /// one, and such a message would wait out its ack timer. What arrives after a stop is handed back.
    /// </summary>
    private async Task<int> PullAsync(INatsJSConsumer consumer, BatchedStore batches, CancellationToken stop)
    {
        await _slots.WaitAsync(stop);
        var asked = 1;
        while (asked < options.BatchSize && _slots.Wait(0))
            asked++;

        var received = 0;
        try
        {
            var fetch = new NatsJSFetchOpts { MaxMsgs = asked, Expires = options.FetchExpiry };
            await foreach (var message in consumer.FetchAsync<byte[]>(fetch, cancellationToken: CancellationToken.None))
            {
                received++;
                var delivery = new Delivery(message);
                if (stop.IsCancellationRequested)
                {
                    await HandBackAsync(delivery);
                    delivery.Dispose();
                    _slots.Release();
                    continue;
                }

                _unsettled[delivery] = 0;
                _running.Add(Task.Run(() => HandleAsync(delivery, batches), CancellationToken.None));
            }
        }
        catch (NatsException e) when (!stop.IsCancellationRequested)
        {
            note($"error: pulling from {queue.Names.Stream}: {e.Message}; trying again in a second");
            await Task.Delay(TimeSpan.FromSeconds(1), stop);
        }
        finally
        {
            if (asked > received)
                _slots.Release(asked - received);
        }

        return received;
    }

    private async Task HandleAsync(Delivery delivery, BatchedStore batches)
    {
        RawArticle? article = null;
        var holdsSlot = true;
        try
        {
            if (delivery.Attempt > options.MaxDeliver)
            {
                await DeadLetterAsync(delivery, Where(delivery, null), $"delivered {delivery.Attempt} times without an outcome: a worker may have died on it");
                return;
            }

            delivery.SignalProgress(options.AckWait / 3);
            StoreAttempt attempt;
            try
            {
                article = ArticleMessage.Decode(delivery.Message.Data);
                var started = TimeProvider.System.GetTimestamp();
                var analyzed = pipeline.Analyze(article);
                _tally.AddAnalyzing(TimeProvider.System.GetElapsedTime(started));
                var stored = batches.Add(analyzed);
                // The slot is for analysis: the next article may start while this one waits for its batch.
                _slots.Release();
                holdsSlot = false;
                attempt = await stored;
            }
            catch (Exception e) when (e is not NatsException)
            {
                // Any failure of one article (bad payload, analysis bug) must not stop the others.
                attempt = new StoreAttempt(null, e);
            }

            if (attempt.Outcome is { } outcome)
            {
                if (await delivery.SettleAsync(m => m.AckAsync()))
                {
                    _tally.CountStored(outcome.AlreadyStored);
                    if (outcome.AlreadyStored)
                        note($"{Where(delivery, article)}: already stored as {outcome.Id}");
                }
            }
            else
            {
                await RetryOrDeadLetterAsync(delivery, article, attempt.Error!);
            }
        }
        catch (NatsException e)
        {
            // The server did not get the ack, NAK or dead letter: it redelivers after the ack wait, and the store absorbs a repeat.
            note($"error: {Where(delivery, article)}: {e.Message}");
        }
        finally
        {
            _unsettled.TryRemove(delivery, out _);
            delivery.Dispose();
            if (holdsSlot)
                _slots.Release();
        }
    }

    private async Task RetryOrDeadLetterAsync(Delivery delivery, RawArticle? article, Exception error)
    {
        var message = error is ArticleMessageException or InputException ? error.Message : $"{error.GetType().Name}: {error.Message}";
        if (delivery.Attempt >= options.MaxDeliver)
        {
            await DeadLetterAsync(delivery, Where(delivery, article), message);
            return;
        }

        var delay = options.RetryDelayAfter(delivery.Attempt);
        if (await delivery.SettleAsync(m => m.NakAsync(new AckOpts { NakDelay = delay })))
        {
            _tally.CountRetried();
            note($"error: {Where(delivery, article)}: {message}; retrying in {delay.TotalSeconds:0.#} s");
        }
    }

    /// <summary>
    /// Publishes the message, unchanged, to the dead-letter subject with the error in headers, then terminates it.
    /// Its msg id is its work-stream sequence, so a worker that dies in between cannot dead-letter it twice.
    /// </summary>
    private async Task DeadLetterAsync(Delivery delivery, string where, string error)
    {
        var headers = new NatsHeaders
        {
            ["Chronicle-Error"] = OneLine(error),
            ["Chronicle-Deliveries"] = delivery.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Chronicle-Stream-Sequence"] = delivery.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (delivery.Message.Headers?.TryGetValue("Nats-Msg-Id", out var key) == true)
            headers["Chronicle-Dedup-Key"] = key;
        var ack = await queue.JetStream.PublishAsync(
            queue.Names.DeadLetterSubject, delivery.Message.Data ?? [],
            opts: new NatsJSPubOpts { MsgId = $"{queue.Names.Stream}:{delivery.Sequence}" }, headers: headers);
        // A duplicate is this message's own dead letter, published before its worker died: the letter is there.
        if (!ack.Duplicate)
            ack.EnsureSuccess();
        if (await delivery.SettleAsync(m => m.AckTerminateAsync()))
        {
            _tally.CountDeadLettered();
            note($"error: {where}: {error}; dead-lettered to {queue.Names.DeadLetterSubject}");
        }
    }

    /// <summary>
    /// Waits up to <paramref name="grace"/> for the articles in flight, hands the rest back so other workers
    /// need not wait out their ack timers, and waits until the server has read every ack and NAK (they are
    /// only written to the connection) before the process may end.
    /// </summary>
    private async Task FinishOrHandBackAsync(TimeSpan grace)
    {
        var all = Task.WhenAll(_running);
        if (await Task.WhenAny(all, Task.Delay(grace)) != all)
        {
            foreach (var delivery in _unsettled.Keys)
                await HandBackAsync(delivery);
        }

        await queue.FlushAsync();
    }

    private async Task HandBackAsync(Delivery delivery)
    {
        try
        {
            if (await delivery.SettleAsync(m => m.NakAsync()))
                _tally.CountHandedBack();
        }
        catch (NatsException e)
        {
            note($"error: handing back message {delivery.Sequence}: {e.Message}");
        }
    }

    private async Task<bool> IsEmptyAsync(CancellationToken ct) =>
        await queue.FindConsumerAsync(ct) is { NumPending: 0, NumAckPending: 0 };

    private string Where(Delivery delivery, RawArticle? article) =>
        $"{article?.Location.ToString() ?? "message " + delivery.Sequence} (delivery {delivery.Attempt} of {options.MaxDeliver})";

    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= MaxErrorLength ? line : line[..MaxErrorLength] + "...";
    }
}
