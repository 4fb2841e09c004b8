using Chronicle.Export;
using Spectre.Console;

namespace Chronicle.Cli.Output;

/// <summary>How commands print events: GDELT's event table layout besides the common formats.</summary>
internal enum EventFormat
{
    Jsonl,
    Table,
    Csv,
    Gdelt,
}

/// <summary>Prints events one by one in an <see cref="EventFormat"/>; a table is written when the printer is finished.</summary>
internal sealed class EventPrinter(CliConsole console, EventFormat format)
{
    private readonly Table _table = new Table().AddColumns("story", "sent", "source", "event", "target", "sentence");
    private readonly DateTime _added = DateTime.UtcNow;
    private long _count;
    private bool _started;

    public long Count => _count;

    public static System.CommandLine.Option<EventFormat> Option() => new("--format")
    {
        Description = "How to print events: jsonl (one object an event), table, csv, or gdelt (GDELT 2.0 event TSV, 61 columns).",
        DefaultValueFactory = _ => EventFormat.Jsonl,
    };

    public void Print(EventRecord record)
    {
        _count++;
        if (!_started && format == EventFormat.Csv)
            Csv.WriteRow(console.Out, EventCsv.Header);
        _started = true;
        switch (format)
        {
            case EventFormat.Jsonl:
                JsonLines.Write(console.Out, record);
                break;
            case EventFormat.Csv:
                Csv.WriteRow(console.Out, EventCsv.Fields(record));
                break;
            case EventFormat.Gdelt:
                console.Out.WriteLine(GdeltEventTsv.Row(_count, record, _added));
                break;
            default:
                _table.AddRow($"{record.Story}", $"{record.Sentence}", Markup.Escape(Actor(record.Source)), Markup.Escape($"{record.Cameo} {record.Plover}"),
                    Markup.Escape(Actor(record.Target)), Markup.Escape(record.Text));
                break;
        }
    }

    /// <summary>Writes the table, when printing one.</summary>
    public void Finish()
    {
        if (format == EventFormat.Table)
            console.Tables.Write(_table);
    }

    private static string Actor(ActorView? actor) => actor is null ? "-" : $"{actor.Text} {actor.Code}";
}
