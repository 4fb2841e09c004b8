using System.CommandLine;
using Chronicle.Pipeline;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle ingest`: reads, analyzes and stores articles; the same article twice is stored once.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var db = CommonOptions.Db();
        var command = new Command("ingest", CommonOptions.Describe(
            "Read articles (text, HTML, RSS/Atom, JSONL) and store them with their stories and sentences.",
            "chronicle ingest samples/dispatch.txt --db news.db",
            "chronicle ingest feeds/ https://example.org/rss.xml --db news.db"));
        inputs.AddTo(command);
        command.Add(db);
        command.SetAction((parse, ct) => Task.FromResult(Run(console, inputs, parse, parse.GetValue(db)!, ct)));
        return command;
    }

    private static int Run(CliConsole console, InputOptions inputs, ParseResult parse, string dbPath, CancellationToken ct)
    {
        using var store = ArticleStores.Open(dbPath);
        var pipeline = inputs.CreatePipeline(parse, console);
        int stored = 0, already = 0, failed = 0;
        RunProgress.Run(console, "Ingesting", progress =>
        {
            foreach (var result in pipeline.AnalyzeAll(inputs.Read(parse, console, ct), ct))
            {
                if (result.Error is { } error)
                {
                    progress.Error(error.ToString());
                    failed++;
                }
                else if (result.Article is { } article)
                {
                    var outcome = store.Store(article);
                    if (outcome.AlreadyStored)
                    {
                        progress.Note($"{article.Article.Location}: already stored as {outcome.Id}");
                        already++;
                    }
                    else
                    {
                        stored++;
                    }

                    if (!article.Annotated)
                        progress.Note($"{article.Article.Location}: language '{article.Language}' is not one the annotators read: stored, not annotated");
                }

                progress.Update($"{stored} stored, {already} already stored, {failed} failed");
            }
        });
        console.Note($"ingest: {stored} stored, {already} already stored, {failed} failed ({ArticleStores.Redacted(dbPath)})");
        return failed > 0 ? 1 : 0;
    }
}
