using System.CommandLine;
using Chronicle.Actors;
using Chronicle.Cli.Output;
using Chronicle.Pipeline;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle actors`: every actor mention the pipeline coded, names, descriptions and pronouns alike (DESIGN's contract).</summary>
internal static class ActorsCommand
{
    /// <summary>One mention as the contract prints it; offsets are into the story's text.</summary>
    private sealed record ActorRecord(
        string Article, int Story, int Sentence, string SentenceText, int Start, int End, string Text,
        string? Code, string? Country, string? Sector, string? Name, string Via);

    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var format = CommonOptions.Format(OutputFormat.Jsonl);
        var command = new Command("actors", CommonOptions.Describe(
            "Print every actor mention the pipeline coded: who each name, description and pronoun is, by country and sector.",
            "chronicle actors samples/dispatch.txt --date 2023-02-23",
            "chronicle actors news/ --dictionaries petrarch/dictionaries --format table"));
        inputs.AddTo(command);
        command.Add(format);
        command.SetAction((parse, ct) => Task.FromResult(Run(console, inputs, parse, parse.GetValue(format), ct)));
        return command;
    }

    private static int Run(CliConsole console, InputOptions inputs, ParseResult parse, OutputFormat format, CancellationToken ct)
    {
        var pipeline = inputs.CreatePipeline(parse, console);
        var tally = new AnalysisTally();
        var mentions = 0;
        var table = new Table().AddColumns("story", "sent", "text", "code", "name", "via");
        if (format == OutputFormat.Csv)
            Csv.WriteRow(console.Out, "article", "story", "sentence", "start", "end", "text", "code", "country", "sector", "name", "via");
        foreach (var article in inputs.Analyze(parse, console, pipeline, tally, ct))
        {
            foreach (var record in Records(article))
            {
                mentions++;
                switch (format)
                {
                    case OutputFormat.Jsonl:
                        JsonLines.Write(console.Out, record);
                        break;
                    case OutputFormat.Csv:
                        Csv.WriteRow(console.Out, record.Article, record.Story, record.Sentence, record.Start, record.End, record.Text, record.Code, record.Country, record.Sector, record.Name, record.Via);
                        break;
                    default:
                        table.AddRow($"{record.Story}", $"{record.Sentence}", Markup.Escape(record.Text), record.Code ?? "", Markup.Escape(record.Name ?? ""), record.Via);
                        break;
                }
            }
        }

        if (format == OutputFormat.Table)
            console.Tables.Write(table);
        console.Note($"actors: {tally.Articles} article(s), {mentions} actor mention(s), {tally.Failed} failed");
        return tally.Failed > 0 ? 1 : 0;
    }

    private static IEnumerable<ActorRecord> Records(AnalyzedArticle article)
    {
        foreach (var story in article.Stories)
        {
            var doc = story.Doc;
            foreach (var mention in doc.Actors)
            {
                yield return new ActorRecord(
                    article.Article.Id, story.Story.Index, mention.Sentence, doc.TextOf(doc.Sentences[mention.Sentence]),
                    mention.Start, mention.End, doc.Text[mention.Start..mention.End],
                    mention.Code?.Value, mention.Code?.Country, mention.Code?.Sector, mention.Name, ViaName(mention.Via));
            }
        }
    }

    public static string ViaName(ActorVia via) => via.ToString().ToLowerInvariant();
}
