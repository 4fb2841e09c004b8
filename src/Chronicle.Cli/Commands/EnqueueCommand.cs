using System.CommandLine;
using Chronicle.Queue;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle enqueue`: reads articles as `ingest` does and queues them on NATS JetStream for `chronicle worker`.</summary>
internal static class EnqueueCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var queue = new QueueOptions();
        var command = new Command("enqueue", CommonOptions.Describe(
            "Read articles (text, HTML, RSS/Atom, JSONL) and queue them on a NATS JetStream work queue for `chronicle worker`. " +
            "An article already queued within the last hour (same URL, or same text) is dropped by the server.",
            "chronicle enqueue feeds/ --nats nats://127.0.0.1:4222",
            "chronicle enqueue articles.jsonl --nats nats://queue.example.org:4222 --stream NEWS"));
        inputs.AddReadingTo(command);
        queue.AddTo(command);
        command.SetAction((parse, ct) => queue.RunAsync(parse, console, async articles =>
        {
            var tally = await new ArticlePublisher(articles).PublishAllAsync(
                inputs.Read(parse, console, ct), error => console.ReportError(error.ToString()), ct);
            console.Note($"enqueue: {tally.Published} queued, {tally.Duplicates} already queued (dropped), {tally.Failed} failed (stream {articles.Names.Stream})");
            return tally.Failed > 0 ? 1 : 0;
        }, ct));
        return command;
    }
}
