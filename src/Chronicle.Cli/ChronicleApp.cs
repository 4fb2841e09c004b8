using System.CommandLine;
using Chronicle.Cli.Commands;
using Chronicle.Storage;
using Microsoft.Data.Sqlite;

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
            TrainCommand.Create(console),
        };
        var parse = root.Parse(args);
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException or StoreSchemaException)
        {
            // A store that is not one, is newer than this program, or cannot be written (disk full,
            // permissions) is the user's to fix: say so plainly, without a stack trace.
            console.ReportError(e.Message);
            return 1;
        }
    }
}
