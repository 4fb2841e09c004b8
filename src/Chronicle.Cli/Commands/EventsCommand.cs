using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle events`: lists stored events, filtered by actor, country, code, date, place and text.</summary>
internal static class EventsCommand
{
    public static Command Create(CliConsole console)
    {
        var db = CommonOptions.Db();
        var format = EventPrinter.Option();
        var actor = new Option<string?>("--actor") { Description = "Source or target: words of its text or name, or a whole code (IRNGOV).", HelpName = "TEXT|CODE" };
        var country = new Option<string?>("--country") { Description = "Source or target country code (IRN).", HelpName = "CODE" };
        var cameo = new Option<string?>("--cameo") { Description = "A CAMEO code or prefix: 19 for every fight, 195 for aerial weapons.", HelpName = "CODE" };
        var plover = new Option<string?>("--plover") { Description = "A PLOVER event type (ASSAULT).", HelpName = "TYPE" };
        var quad = new Option<int?>("--quad") { Description = "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict." };
        var from = new Option<DateOnly?>("--from") { Description = "Events on or after this date.", HelpName = "YYYY-MM-DD" };
        var to = new Option<DateOnly?>("--to") { Description = "Events on or before this date.", HelpName = "YYYY-MM-DD" };
        var near = new Option<string?>("--near") { Description = "Events at this place (by name).", HelpName = "PLACE" };
        var query = new Option<string?>("--query") { Description = "Words the event's story must contain (as `chronicle search` reads them).", HelpName = "WORDS" };
        var limit = new Option<int>("--limit") { Description = "List at most this many, newest first.", DefaultValueFactory = _ => 1000 };
        var command = new Command("events", CommonOptions.Describe(
            "List stored events, newest first, filtered by actor, country, code, date, place and text.",
            "chronicle events --db news.db --country IRN --cameo 19 --from 2023-01-01 --format table",
            "chronicle events --db news.db --actor Amir-Abdollahian --format gdelt"));
        foreach (var option in new Option[] { db, actor, country, cameo, plover, quad, from, to, near, query, limit, format })
            command.Add(option);
        command.SetAction(parse => Stores.Query(console, parse.GetValue(db)!, store =>
        {
            var printer = new EventPrinter(console, parse.GetValue(format));
            var events = store.FindEvents(new EventQuery
            {
                Actor = parse.GetValue(actor),
                Country = parse.GetValue(country),
                Cameo = parse.GetValue(cameo),
                Plover = parse.GetValue(plover),
                Quad = parse.GetValue(quad),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Near = parse.GetValue(near),
                Text = parse.GetValue(query),
                Limit = parse.GetValue(limit),
            });
            foreach (var record in events)
                printer.Print(record);
            printer.Finish();
            console.Note($"events: {events.Count} event(s)");
            return 0;
        }));
        return command;
    }
}
