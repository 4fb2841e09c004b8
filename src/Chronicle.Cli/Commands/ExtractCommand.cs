using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Export;
using Chronicle.Pipeline;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle extract`: runs the pipeline over articles without storing them and prints the coded events (DESIGN's contract).</summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var format = EventPrinter.Option();
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
        var printer = new EventPrinter(console, format);
        var tally = new AnalysisTally();
        int stories = 0, sentences = 0;
        foreach (var article in inputs.Analyze(parse, console, pipeline, tally, ct))
        {
            stories += article.Stories.Count;
            sentences += article.SentenceCount;
            foreach (var record in EventRecords.Of(article))
                printer.Print(record);
        }

        printer.Finish();
        console.Note($"extract: {tally.Articles} article(s), {stories} stories, {sentences} sentences, {printer.Count} events, {tally.Failed} failed");
        return tally.Failed > 0 ? 1 : 0;
    }
}
