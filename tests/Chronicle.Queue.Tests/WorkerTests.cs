using System.Text;
using NATS.Client.JetStream;

namespace Chronicle.Queue.Tests;

public sealed class WorkerTests
{
    [NatsFact]
    public async Task Two_workers_store_every_article_exactly_once()
    {
        await using var harness = new QueueHarness();
        var articles = QueueHarness.Articles(40);
        await new ArticlePublisher(await harness.ConnectAsync()).PublishAllAsync(QueueHarness.Inputs(articles), _ => { });

        var tallies = await Task.WhenAll(
            harness.DrainAsync(new WorkerOptions { Concurrency = 2 }),
            harness.DrainAsync(new WorkerOptions { Concurrency = 2, Batch = 1 }));

        Assert.Equal(articles.Select(a => a.Id!), harness.StoredIds());
        Assert.Equal(40, tallies.Sum(t => t.Stored));
        Assert.All(tallies, t => Assert.Equal(0, t.DeadLettered));
        Assert.All(tallies.Where(t => t.Stored > 0), t => Assert.True(t.Analyzing > TimeSpan.Zero && t.Storing > TimeSpan.Zero, t.ToString()));
        var status = await QueueStatus.SampleAsync(await harness.ConnectAsync(), TimeSpan.Zero);
        Assert.Equal((0ul, 0ul, 40ul), (status!.Pending, status.InFlight, status.Finished));
    }

    [NatsFact]
    public async Task An_article_delivered_twice_is_stored_once_and_acked_both_times()
    {
        await using var harness = new QueueHarness();
        var queue = await harness.ConnectAsync();
        await queue.EnsureStreamAsync();
        var article = QueueHarness.Articles(1)[0];
        // Published twice without a msg id, as a redelivery would bring it twice: only the store can tell.
        for (var i = 0; i < 2; i++)
            (await queue.JetStream.PublishAsync(queue.Names.Subject, ArticleMessage.Encode(article))).EnsureSuccess();

        var tally = await harness.DrainAsync(new WorkerOptions { Concurrency = 1 });

        Assert.Equal((1, 1), (tally.Stored, tally.AlreadyStored));
        Assert.Equal([article.Id!], harness.StoredIds());
        Assert.Equal(0, (await queue.FindStreamAsync())!.State.Messages);
    }

    [NatsFact]
    public async Task A_poison_message_is_dead_lettered_after_max_deliver_and_the_rest_are_stored()
    {
        await using var harness = new QueueHarness();
        var queue = await harness.ConnectAsync();
        await queue.EnsureStreamAsync();
        var poison = Encoding.UTF8.GetBytes("{\"version\": 1, \"article\": {\"title\": \"no text\"}}");
        (await queue.JetStream.PublishAsync(queue.Names.Subject, poison, opts: new NatsJSPubOpts { MsgId = "poison" })).EnsureSuccess();
        var articles = QueueHarness.Articles(6);
        await new ArticlePublisher(queue).PublishAllAsync(QueueHarness.Inputs(articles), _ => { });
        var notes = new List<string>();

        var tally = await harness.DrainAsync(new WorkerOptions { Concurrency = 1, MaxDeliver = 3, RetryDelay = TimeSpan.FromMilliseconds(100) }, notes);

        Assert.Equal((6, 2, 1), (tally.Stored, tally.Retried, tally.DeadLettered));
        Assert.Equal(articles.Select(a => a.Id!), harness.StoredIds());
        Assert.Contains(notes, n => n.Contains("dead-lettered", StringComparison.Ordinal) && n.Contains("message 1 (delivery 3 of 3)", StringComparison.Ordinal));
        var letter = await ReadDeadLetterAsync(queue);
        Assert.Equal(poison, letter.Data);
        Assert.Equal("3", letter.Headers!["Chronicle-Deliveries"].ToString());
        Assert.Equal("poison", letter.Headers["Chronicle-Dedup-Key"].ToString());
        Assert.Contains("no text", letter.Headers["Chronicle-Error"].ToString(), StringComparison.Ordinal);
        var status = await QueueStatus.SampleAsync(queue, TimeSpan.Zero);
        Assert.Equal((0ul, 0ul, 1ul, 7ul), (status!.Pending, status.InFlight, status.DeadLettered, status.Finished));
    }

    [NatsFact]
    public async Task A_worker_stores_its_articles_many_to_a_transaction_and_a_short_last_batch_after_the_linger()
    {
        await using var harness = new QueueHarness();
        var articles = QueueHarness.Articles(10);
        await new ArticlePublisher(await harness.ConnectAsync()).PublishAllAsync(QueueHarness.Inputs(articles), _ => { });
        var store = new RecordingStore(Storage.ArticleStores.Open(harness.Db));

        var tally = await harness.DrainAsync(new WorkerOptions { Concurrency = 1, StoreBatch = 4, StoreLinger = TimeSpan.FromSeconds(1) }, store: store);

        Assert.Equal(articles.Select(a => a.Id!), harness.StoredIds());
        Assert.Equal(10, tally.Stored);
        // One article at a time, yet stored four at a time; the last two once no more came.
        Assert.Equal(10, store.Batches.Sum());
        Assert.All(store.Batches, size => Assert.InRange(size, 1, 4));
        Assert.InRange(store.Batches.Count, 3, 5);
    }

    [NatsFact]
    public async Task An_article_its_batch_could_not_store_is_retried_alone_and_its_batchmates_are_acked()
    {
        await using var harness = new QueueHarness();
        var articles = QueueHarness.Articles(6);
        await new ArticlePublisher(await harness.ConnectAsync()).PublishAllAsync(QueueHarness.Inputs(articles), _ => { });
        var store = new RecordingStore(Storage.ArticleStores.Open(harness.Db));
        store.Fail("a003", times: 1);
        var notes = new List<string>();

        var tally = await harness.DrainAsync(
            new WorkerOptions { Concurrency = 2, StoreBatch = 6, RetryDelay = TimeSpan.FromMilliseconds(100) }, notes, store);

        Assert.Equal((6, 0, 1, 0), (tally.Stored, tally.AlreadyStored, tally.Retried, tally.DeadLettered));
        Assert.Equal(articles.Select(a => a.Id!), harness.StoredIds());
        Assert.Contains(notes, n => n.Contains("a003 refused by the test", StringComparison.Ordinal) && n.Contains("retrying", StringComparison.Ordinal));
    }

    [NatsFact]
    public async Task A_stopped_worker_loses_nothing_and_the_next_one_stores_the_rest_once()
    {
        await using var harness = new QueueHarness();
        var articles = QueueHarness.Articles(60);
        await new ArticlePublisher(await harness.ConnectAsync()).PublishAllAsync(QueueHarness.Inputs(articles), _ => { });
        using var stop = new CancellationTokenSource();
        var first = await harness.ConnectAsync();
        WorkerTally stopped;
        using (var store = Storage.ArticleStores.Open(harness.Db))
        {
            var worker = new ArticleWorker(first, QueueHarness.Pipeline, store, new WorkerOptions { Concurrency = 2 }, _ => { });
            var running = worker.RunAsync(stop.Token);
            while (worker.Tally.Stored < 5 && !running.IsCompleted)
                await Task.Delay(10);
            await stop.CancelAsync();
            stopped = await running;
        }

        var rest = await harness.DrainAsync(new WorkerOptions { Concurrency = 2 });

        Assert.InRange(stopped.Stored, 5, 59);
        Assert.Equal(60, stopped.Stored + rest.Stored);
        Assert.Equal(articles.Select(a => a.Id!), harness.StoredIds());
    }

    private static async Task<INatsJSMsg<byte[]>> ReadDeadLetterAsync(ArticleQueue queue)
    {
        var consumer = await queue.JetStream.CreateOrderedConsumerAsync(queue.Names.DeadLetterStream);
        return await consumer.NextAsync<byte[]>() ?? throw new InvalidOperationException("no dead letter");
    }
}
