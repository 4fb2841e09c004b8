using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Storage;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle articles`: lists stored articles.</summary>
internal static class ArticlesCommand
{
    public static Command Create(CliConsole console)
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format(OutputFormat.Table);
        var limit = new Option<int>("--limit") { Description = "List at most this many, newest first.", DefaultValueFactory = _ => int.MaxValue };
        var command = new Command("articles", CommonOptions.Describe(
            "List stored articles with their language and counts of stories, sentences and events.",
            "chronicle articles --db news.db --format jsonl"));
        command.Add(db);
        command.Add(format);
        command.Add(limit);
        command.SetAction(parse => Stores.Query(console, parse.GetValue(db)!, store =>
        {
            Print(console, store.ListArticles(parse.GetValue(limit)), parse.GetValue(format));
            return 0;
        }));
        return command;
    }

    private static void Print(CliConsole console, IReadOnlyList<ArticleSummary> articles, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Jsonl:
                foreach (var a in articles)
                    JsonLines.Write(console.Out, a);
                break;
            case OutputFormat.Csv:
                Csv.WriteRow(console.Out, "id", "title", "url", "date", "language", "stories", "sentences", "events");
                foreach (var a in articles)
                    Csv.WriteRow(console.Out, a.Id, a.Title, a.Url, a.Date?.ToString("yyyy-MM-dd"), a.Language, a.Stories, a.Sentences, a.Events);
                break;
            default:
                var table = new Table().AddColumn(new TableColumn("id").NoWrap()).AddColumns("date", "lang", "stories", "sentences", "events", "title");
                foreach (var a in articles)
                    table.AddRow(Markup.Escape(a.Id), a.Date?.ToString("yyyy-MM-dd") ?? "", a.Language, $"{a.Stories}", $"{a.Sentences}", $"{a.Events}", Markup.Escape(a.Title ?? ""));
                console.Tables.Write(table);
                console.Note($"{articles.Count} article(s)");
                break;
        }
    }
}
