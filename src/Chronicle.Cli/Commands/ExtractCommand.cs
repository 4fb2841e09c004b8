using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Export;
using Chronicle.Pipeline;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle extract`: runs the pipeline over articles without storing them and prints the coded events (DESIGN's contract).</summary>
internal static class ExtractCommand
{
    /// <summary>How extract prints events: GDELT's event table layout besides the common formats.</summary>
    internal enum EventFormat
    {
        Jsonl,
        Table,
        Csv,
        Gdelt,
    }

    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var format = new Option<EventFormat>("--format")
        {
            Description = "How to print events: jsonl (one object an event), table, csv, or gdelt (GDELT 2.0 event TSV, 61 columns).",
            DefaultValueFactory = _ => EventFormat.Jsonl,
        };
        var command = new Command("extract", CommonOptions.Describe(
            "Run the pipeline over articles and print the events it coded, without storing anything.",
            "chronicle extract samples/dispatch.txt --date 2023-02-23 --format table",
            "cat articles.jsonl | chronicle extract - --input-format jsonl --format gdelt"));
        inputs.AddTo(command);
        command.Add(format);
        command.SetAction((parse, ct) => Task.FromResult(Run(console, inputs, parse, parse.GetValue(format), ct)));
        return command;
    }

    private static int Run(CliConsole console, InputOptions inputs, ParseResult parse, EventFormat format, CancellationToken ct)
    {
        var pipeline = inputs.CreatePipeline(parse, console);
        int articles = 0, stories = 0, sentences = 0, events = 0, failed = 0;
        var added = DateTime.UtcNow;
        var table = new Table().AddColumns("story", "sent", "source", "event", "target", "evidence");
        if (format == EventFormat.Csv)
            Csv.WriteRow(console.Out, "article", "story", "sentence", "source", "source_code", "cameo", "plover", "goldstein", "quad", "target", "target_code", "date", "confidence", "text");
        foreach (var result in pipeline.AnalyzeAll(inputs.Read(parse, console, ct), ct))
        {
            if (result.Error is { } error)
            {
                console.ReportError(error.ToString());
                failed++;
                continue;
            }

            var article = result.Article!;
            articles++;
            stories += article.Stories.Count;
            sentences += article.SentenceCount;
            if (!article.Annotated)
                console.Note($"{article.Article.Location}: language '{article.Language}' is not one the annotators read: skipped");
            foreach (var record in EventRecords.Of(article))
            {
                events++;
                switch (format)
                {
                    case EventFormat.Jsonl:
                        JsonLines.Write(console.Out, record);
                        break;
                    case EventFormat.Csv:
                        Csv.WriteRow(console.Out, record.Article, record.Story, record.Sentence, record.Source?.Text, record.Source?.Code, record.Cameo, record.Plover,
                            record.Goldstein, record.Quad, record.Target?.Text, record.Target?.Code, record.Date, record.Confidence, record.Text);
                        break;
                    case EventFormat.Gdelt:
                        console.Out.WriteLine(GdeltEventTsv.Row(events, record, added));
                        break;
                    default:
                        table.AddRow($"{record.Story}", $"{record.Sentence}", Markup.Escape(Actor(record.Source)), Markup.Escape($"{record.Cameo} {record.Plover}"),
                            Markup.Escape(Actor(record.Target)), Markup.Escape(record.Text[..Math.Min(record.Text.Length, 90)]));
                        break;
                }
            }
        }

        if (format == EventFormat.Table)
            console.Tables.Write(table);
        console.Note($"extract: {articles} article(s), {stories} stories, {sentences} sentences, {events} events, {failed} failed");
        return failed > 0 ? 1 : 0;
    }

    private static string Actor(ActorView? actor) => actor is null ? "-" : $"{actor.Text} {actor.Code}";
}
