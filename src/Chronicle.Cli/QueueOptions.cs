using System.CommandLine;
using Chronicle.Queue;
using NATS.Client.Core;

namespace Chronicle.Cli;

/// <summary>The options of the commands that use a NATS JetStream queue (enqueue, worker, status), and their connection.</summary>
internal sealed class QueueOptions
{
    public Option<string> Nats { get; } = new("--nats")
    {
        Description = "The NATS server (with JetStream enabled) that holds the queue.",
        HelpName = "URL",
        Required = true,
    };

    public Option<string> Stream { get; } = new("--stream")
    {
        Description = "The queue's stream name; its subjects, dead-letter stream and consumer are named after it.",
        HelpName = "NAME",
        DefaultValueFactory = _ => QueueNames.DefaultStream,
    };

    public QueueOptions() => Stream.Validators.Add(result =>
    {
        try
        {
            _ = new QueueNames(result.GetValueOrDefault<string>());
        }
        catch (ArgumentException e)
        {
            result.AddError(e.Message);
        }
    });

    public void AddTo(Command command)
    {
        command.Add(Nats);
        command.Add(Stream);
    }

    /// <summary>
    /// Connects to the queue and runs <paramref name="body"/> on it. A server that cannot be reached, or
    /// that holds something else under the queue's names, is reported plainly with exit code 1.
    /// </summary>
    public async Task<int> RunAsync(ParseResult parse, CliConsole console, Func<ArticleQueue, Task<int>> body, CancellationToken ct)
    {
        var url = parse.GetValue(Nats)!;
        try
        {
            await using var queue = await ArticleQueue.ConnectAsync(url, new QueueNames(parse.GetValue(Stream)!), ct);
            return await body(queue);
        }
        catch (NatsNoRespondersException)
        {
            console.ReportError($"{url}: no JetStream there to answer (is the server started with -js?)");
            return 1;
        }
        catch (Exception e) when (e is NatsException or QueueSetupException)
        {
            console.ReportError($"{url}: {e.Message}");
            return 1;
        }
    }
}
