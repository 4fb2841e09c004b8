using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Storage;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle show ID`: one stored article with its stories and their sentences.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "The article's id, as `chronicle articles` lists it." };
        var db = CommonOptions.Db();
        var format = CommonOptions.Format(OutputFormat.Table);
        var command = new Command("show", CommonOptions.Describe(
            "Show a stored article: its metadata, captions, stories and numbered sentences.",
            "chronicle show 3f2a9c0d1e4b5a67 --db news.db"));
        command.Add(id);
        command.Add(db);
        command.Add(format);
        command.SetAction(parse => Stores.Query(console, parse.GetValue(db)!, store =>
        {
            var articleId = parse.GetValue(id)!;
            if (store.FindArticle(articleId) is not { } article)
            {
                console.ReportError($"no article with id '{articleId}' in {parse.GetValue(db)}");
                return 1;
            }

            if (parse.GetValue(format) == OutputFormat.Table)
                PrintTable(console, article);
            else
                JsonLines.Write(console.Out, ToRecord(article));
            return 0;
        }));
        return command;
    }

    private static object ToRecord(StoredArticle article) => new
    {
        article.Summary.Id,
        article.Summary.Title,
        article.Summary.Url,
        article.Summary.Date,
        article.Summary.Language,
        article.Source,
        article.Byline,
        Captions = article.Captions.Select(c => c.Text),
        article.Stories,
    };

    private static void PrintTable(CliConsole console, StoredArticle article)
    {
        var s = article.Summary;
        var header = new Grid().AddColumn().AddColumn();
        header.AddRow("[bold]id[/]", Markup.Escape(s.Id));
        header.AddRow("[bold]title[/]", Markup.Escape(s.Title ?? "(none)"));
        foreach (var (label, value) in new[] { ("date", s.Date?.ToString("yyyy-MM-dd")), ("url", s.Url), ("source", article.Source), ("byline", article.Byline) })
        {
            if (value is not null)
                header.AddRow($"[bold]{label}[/]", Markup.Escape(value));
        }

        header.AddRow("[bold]language[/]", s.Language);
        foreach (var caption in article.Captions)
            header.AddRow("[bold]caption[/]", "[italic]" + Markup.Escape(caption.Text) + "[/]");
        console.Tables.Write(header);

        foreach (var story in article.Stories)
        {
            var table = new Table().Title($"story {story.Index}").AddColumn("#").AddColumn("sentence").AddColumn("actors").AddColumn("entities");
            foreach (var sentence in story.Sentences)
            {
                table.AddRow($"{sentence.Index}", Markup.Escape(sentence.Text),
                    Markup.Escape(string.Join('\n', sentence.Actors.Select(a => $"{a.Text} {a.Code ?? "?"}{(a.Via == "coreference" ? " (" + a.Name + ")" : "")}"))),
                    Markup.Escape(string.Join('\n', sentence.Entities.Select(e => $"{e.Text} {e.Type}"))));
            }

            if (story.Sentences.Count == 0)
                table.AddRow("", Markup.Escape(story.Text), "", "");
            console.Tables.Write(table);
        }
    }
}
