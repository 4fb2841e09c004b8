using System.CommandLine;
using Chronicle.Queue;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle worker`: analyzes and stores the articles `chronicle enqueue` queued, until stopped.</summary>
internal static class WorkerCommand
{
    public static Command Create(CliConsole console)
    {
        var defaults = new WorkerOptions();
        var inputs = new InputOptions();
        var queue = new QueueOptions();
        var db = CommonOptions.Db();
        var concurrency = new Option<int>("--concurrency")
        {
            Description = "Articles analyzed at once (one core each).",
            DefaultValueFactory = _ => defaults.Concurrency,
            HelpName = "N",
        };
        var maxDeliver = new Option<int>("--max-deliver")
        {
            Description = "Deliveries of a failing article before it goes to the dead-letter stream.",
            DefaultValueFactory = _ => defaults.MaxDeliver,
            HelpName = "N",
        };
        var batch = new Option<int?>("--batch")
        {
            Description = "Most articles asked for in one pull (never more than the free slots; default: the concurrency).",
            HelpName = "N",
        };
        var storeBatch = new Option<int>("--store-batch")
        {
            Description = "Most articles stored in one transaction (one commit for all, then each is acked); 1 stores each alone.",
            DefaultValueFactory = _ => defaults.StoreBatch,
            HelpName = "N",
        };
        var ackWait = new Option<double>("--ack-wait")
        {
            Description = "Seconds the server waits for an ack before another worker gets the article (progress is signalled while one is analyzed). Give all workers the same.",
            DefaultValueFactory = _ => defaults.AckWait.TotalSeconds,
            HelpName = "SECONDS",
        };
        var retryDelay = new Option<double>("--retry-delay")
        {
            Description = "Seconds before a failed article is retried; doubled at each further failure.",
            DefaultValueFactory = _ => defaults.RetryDelay.TotalSeconds,
            HelpName = "SECONDS",
        };
        var drain = new Option<bool>("--drain") { Description = "Exit once the queue is empty instead of waiting for more." };
        var command = new Command("worker", CommonOptions.Describe(
            "Analyze and store the articles queued by `chronicle enqueue`, until Ctrl+C (or, with --drain, until the queue is empty). " +
            "Run as many workers as you like; an article is stored once however often it is delivered.",
            "chronicle worker --nats nats://127.0.0.1:4222 --db news.db --concurrency 2"));
        queue.AddTo(command);
        command.Add(db);
        command.Add(concurrency);
        command.Add(maxDeliver);
        command.Add(batch);
        command.Add(storeBatch);
        command.Add(ackWait);
        command.Add(retryDelay);
        command.Add(drain);
        inputs.AddAnalysisTo(command);
        command.SetAction((parse, ct) =>
        {
            var options = new WorkerOptions
            {
                Concurrency = parse.GetValue(concurrency),
                MaxDeliver = parse.GetValue(maxDeliver),
                Batch = parse.GetValue(batch),
                StoreBatch = parse.GetValue(storeBatch),
                AckWait = TimeSpan.FromSeconds(parse.GetValue(ackWait)),
                RetryDelay = TimeSpan.FromSeconds(parse.GetValue(retryDelay)),
                Drain = parse.GetValue(drain),
            };
            try
            {
                options.Validate();
            }
            catch (ArgumentOutOfRangeException e)
            {
                console.ReportError(e.Message);
                return Task.FromResult(1);
            }

            return Run(console, parse, inputs, queue, parse.GetValue(db)!, options, ct);
        });
        return command;
    }

    private static async Task<int> Run(CliConsole console, ParseResult parse, InputOptions inputs, QueueOptions queue, string db, WorkerOptions options, CancellationToken ct)
    {
        using var store = ArticleStores.Open(db);
        var pipeline = inputs.CreatePipeline(parse, console);
        // Workers note from many threads; the console's writers need not be thread-safe.
        var gate = new Lock();
        void Note(string line)
        {
            lock (gate)
                console.Note(line);
        }

        return await queue.RunAsync(parse, console, async articles =>
        {
            Note($"worker: {articles.Names.Stream} -> {ArticleStores.Redacted(db)}, {options.Concurrency} at a time, up to {options.StoreBatch} a transaction");
            var tally = await new ArticleWorker(articles, pipeline, store, options, Note).RunAsync(ct);
            Note($"worker: {tally}");
            return 0;
        }, ct);
    }
}
