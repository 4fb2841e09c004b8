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
        int articles = 0, stories = 0, sentences = 0, failed = 0;
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
                printer.Print(record);
        }

        printer.Finish();
        console.Note($"extract: {articles} article(s), {stories} stories, {sentences} sentences, {printer.Count} events, {failed} failed");
        return failed > 0 ? 1 : 0;
    }
}
