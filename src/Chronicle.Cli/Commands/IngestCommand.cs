using System.CommandLine;
using Chronicle.Pipeline;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle ingest`: reads, analyzes and stores articles; the same article twice is stored once.</summary>
internal static class IngestCommand
{
    /// <summary>
    /// Articles stored in one transaction: a commit each costs about twice as much per article
    /// (bench/README.md). A run stopped by Ctrl+C still stores what it has analyzed.
    /// </summary>
    private const int StoreBatch = 16;

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
            var batch = new List<AnalyzedArticle>(StoreBatch);
            void Store()
            {
                var attempts = store.StoreAll(batch);
                for (var i = 0; i < batch.Count; i++)
                {
                    var article = batch[i];
                    if (attempts[i].Error is { } error)
                    {
                        progress.Error($"{article.Article.Location}: not stored: {error.Message}");
                        failed++;
                        continue;
                    }

                    if (attempts[i].Outcome is { AlreadyStored: true } outcome)
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

                batch.Clear();
                Report();
            }

            void Report() => progress.Update($"{stored} stored, {already} already stored, {failed} failed");

            foreach (var result in pipeline.AnalyzeAll(inputs.Read(parse, console, ct), ct))
            {
                if (result.Error is { } error)
                {
                    progress.Error(error.ToString());
                    failed++;
                    Report();
                }
                else if (result.Article is { } article)
                {
                    batch.Add(article);
                    if (batch.Count == StoreBatch)
                        Store();
                }
            }

            if (batch.Count > 0)
                Store();
        });
        console.Note($"ingest: {stored} stored, {already} already stored, {failed} failed ({ArticleStores.Redacted(dbPath)})");
        return failed > 0 ? 1 : 0;
    }
}
