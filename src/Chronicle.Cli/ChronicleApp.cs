using System.CommandLine;
using System.Data.Common;
using Chronicle.Cli.Commands;
using Chronicle.Storage;

namespace Chronicle.Cli;

/// <summary>The `chronicle` command line: builds the commands and runs one.</summary>
internal static class ChronicleApp
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Chronicle reads news and writes down what happened: who did what to whom, when, where, and which sentence says so.")
        {
            IngestCommand.Create(console),
            ArticlesCommand.Create(console),
            ShowCommand.Create(console),
            SearchCommand.Create(console),
            ExtractCommand.Create(console),
            TagCommand.Create(console),
            NerCommand.Create(console),
            TimexCommand.Create(console),
            TrainCommand.Create(console),
            EvalCommand.Create(console),
            ActorsCommand.Create(console),
            ActorCommand.Create(console),
            EventsCommand.Create(console),
            ServeCommand.Create(console),
            GeocodeCommand.Create(console),
            GazetteerCommand.Create(console),
            EnqueueCommand.Create(console),
            WorkerCommand.Create(console),
            StatusCommand.Create(console),
        };
        var parse = root.Parse(args);
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or InvalidDataException or Chronicle.Actors.Knowledge.DictionaryFormatException or UnauthorizedAccessException or DbException or StoreSchemaException or StoreUrlException)
        {
            // A file that is missing or damaged (a model, a store), a store newer than this program or one
            // that cannot be reached, or a disk that cannot be written is the user's to fix: say so plainly, without a stack trace.
            console.ReportError(e.Message);
            return 1;
        }
    }
}
