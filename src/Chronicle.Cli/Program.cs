using Chronicle.Cli;

return ChronicleApp.Run(args, CliConsole.FromSystem());
