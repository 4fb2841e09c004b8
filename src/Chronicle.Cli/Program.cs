using Chronicle.Cli;

var console = CliConsole.FromSystem();
try
{
    return ChronicleApp.Run(args, console);
}
finally
{
    console.Out.Flush();
}
