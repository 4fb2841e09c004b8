using System.CommandLine;
using System.Globalization;
using Chronicle.Cli.Output;
using Chronicle.Queue;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle status`: the state of a queue (waiting, in flight, redelivered, dead-lettered) and its throughput.</summary>
internal static class StatusCommand
{
    /// <summary>How `chronicle status` prints.</summary>
    internal enum StatusFormat
    {
        Table,
        Json,
    }

    public static Command Create(CliConsole console)
    {
        var queue = new QueueOptions();
        var interval = new Option<double>("--interval")
        {
            Description = "Seconds between the two samples the throughput is measured over.",
            DefaultValueFactory = _ => 2,
            HelpName = "SECONDS",
        };
        var format = new Option<StatusFormat>("--format") { Description = "table, or json (one object).", DefaultValueFactory = _ => StatusFormat.Table };
        var command = new Command("status", CommonOptions.Describe(
            "Show a queue's articles waiting, in flight, redelivered and dead-lettered, and how many are finished per second.",
            "chronicle status --nats nats://127.0.0.1:4222",
            "chronicle status --nats nats://127.0.0.1:4222 --format json --interval 0"));
        queue.AddTo(command);
        command.Add(interval);
        command.Add(format);
        command.SetAction((parse, ct) => queue.RunAsync(parse, console, async articles =>
        {
            var seconds = Math.Max(0, parse.GetValue(interval));
            if (await QueueStatus.SampleAsync(articles, TimeSpan.FromSeconds(seconds), ct) is not { } status)
            {
                console.ReportError($"{parse.GetValue(queue.Nats)}: no stream {articles.Names.Stream} (nothing was enqueued yet)");
                return 1;
            }

            if (parse.GetValue(format) == StatusFormat.Json)
                JsonLines.Write(console.Out, status);
            else
                Print(console, status);
            return 0;
        }, ct));
        return command;
    }

    private static void Print(CliConsole console, QueueStatus status)
    {
        var table = new Table().AddColumn("queue").AddColumn(new TableColumn("").RightAligned());
        table.AddRow("stream", Markup.Escape(status.Stream));
        table.AddRow("pending", Count(status.Pending));
        table.AddRow("in flight (ack pending)", Count(status.InFlight));
        table.AddRow("redelivered (in flight)", Count(status.Redelivered));
        table.AddRow("dead-lettered", Count(status.DeadLettered));
        table.AddRow("finished", Count(status.Finished));
        table.AddRow(
            status.PerSecond is null ? "finished per second" : $"finished per second (over {status.IntervalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s)",
            status.PerSecond?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-");
        console.Tables.Write(table);
    }

    private static string Count(ulong n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
