using System.CommandLine;
using Chronicle.Cli.Output;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle search "QUERY"`: full-text search over stored stories.</summary>
internal static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string>("QUERY") { Description = "Words to find; \"a phrase\" in quotes, prefix* for word starts." };
        var db = CommonOptions.Db();
        var format = CommonOptions.Format(OutputFormat.Table);
        var limit = new Option<int>("--limit") { Description = "Show at most this many stories.", DefaultValueFactory = _ => 20 };
        var command = new Command("search", CommonOptions.Describe(
            "Search the text of stored stories, best match first, with the matching words marked.",
            "chronicle search \"border security\" --db news.db",
            "chronicle search 'protest*' --db news.db --format jsonl"));
        command.Add(query);
        command.Add(db);
        command.Add(format);
        command.Add(limit);
        command.SetAction(parse => Stores.Query(console, parse.GetValue(db)!, store =>
        {
            var hits = store.Search(parse.GetValue(query)!, parse.GetValue(limit));
            switch (parse.GetValue(format))
            {
                case OutputFormat.Jsonl:
                    foreach (var hit in hits)
                        JsonLines.Write(console.Out, hit);
                    break;
                case OutputFormat.Csv:
                    Csv.WriteRow(console.Out, "article_id", "title", "story", "snippet", "rank");
                    foreach (var hit in hits)
                        Csv.WriteRow(console.Out, hit.ArticleId, hit.Title, hit.Story, hit.Snippet, hit.Rank);
                    break;
                default:
                    var table = new Table().AddColumns("article", "story", "snippet");
                    foreach (var hit in hits)
                        table.AddRow(Markup.Escape(hit.ArticleId), $"{hit.Story}", Highlight(hit.Snippet));
                    console.Tables.Write(table);
                    console.Note($"{hits.Count} match(es)");
                    break;
            }

            return 0;
        }));
        return command;
    }

    /// <summary>Turns the store's [match] marks into bold text, always leaving balanced markup.</summary>
    private static string Highlight(string snippet)
    {
        var markup = new System.Text.StringBuilder();
        var open = false;
        foreach (var c in snippet)
        {
            if (c == (open ? ']' : '['))
            {
                markup.Append(open ? "[/]" : "[bold yellow]");
                open = !open;
            }
            else
            {
                markup.Append(Markup.Escape(c.ToString()));
            }
        }

        return open ? markup.Append("[/]").ToString() : markup.ToString();
    }
}
