using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Pipeline;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary>
/// `chronicle extract`: runs the pipeline over articles without storing them and prints events.
/// Event coding is not built yet, so jsonl and csv print no event rows and the table shows what the
/// pipeline has: each story's sentences with their token counts and named entities.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var format = CommonOptions.Format(OutputFormat.Jsonl);
        var command = new Command("extract", CommonOptions.Describe(
            "Run the pipeline over articles and print what it found, without storing anything.",
            "chronicle extract samples/dispatch.txt --date 2023-02-23 --format table",
            "cat articles.jsonl | chronicle extract - --input-format jsonl"));
        inputs.AddTo(command);
        command.Add(format);
        command.SetAction((parse, ct) => Task.FromResult(Run(console, inputs, parse, parse.GetValue(format), ct)));
        return command;
    }

    private static int Run(CliConsole console, InputOptions inputs, ParseResult parse, OutputFormat format, CancellationToken ct)
    {
        var pipeline = inputs.CreatePipeline(parse, console);
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
            if (format == OutputFormat.Table)
                PrintTable(console, article);
        }

        console.Note($"extract: {articles} article(s), {stories} stories, {sentences} sentences, 0 events (event coding is not built yet), {failed} failed");
        return failed > 0 ? 1 : 0;
    }

    private static void PrintTable(CliConsole console, AnalyzedArticle article)
    {
        var table = new Table()
            .Title(Markup.Escape($"{article.Article.Id}  {article.Article.Title}  [{article.Language}]"))
            .AddColumns("story", "sentence", "tokens", "text", "entities");
        foreach (var story in article.Stories)
        {
            var doc = story.Doc;
            foreach (var (sentence, i) in doc.Sentences.Select((s, i) => (s, i)))
            {
                var entities = doc.Entities.Where(e => e.FirstToken >= sentence.FirstToken && e.EndToken <= sentence.EndToken)
                    .Select(e => $"{doc.Text[e.Start..e.End]} {e.Type}");
                table.AddRow($"{story.Story.Index}", $"{i}", $"{sentence.TokenCount}", Markup.Escape(doc.TextOf(sentence)), Markup.Escape(string.Join('\n', entities)));
            }
        }

        console.Tables.Write(table);
    }
}
