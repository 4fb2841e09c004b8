using System.Text;
using System.Text.Json;

namespace Chronicle.Cli.Tests;

/// <summary>The outcome of one in-process run of the `chronicle` command line.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => WithStdin("", args);

    public static CliRun WithStdin(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)), Interactive: false);
        var code = ChronicleApp.Run(args, console);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public IReadOnlyList<JsonElement> JsonLines() =>
        Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
}
