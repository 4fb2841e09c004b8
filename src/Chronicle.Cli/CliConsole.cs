using Spectre.Console;

namespace Chronicle.Cli;

/// <summary>The streams a command talks to, so tests can run the CLI in-process.</summary>
/// <param name="Interactive">True when a person watches stderr: progress bars instead of a summary line.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStdin, bool Interactive)
{
    /// <summary>
    /// The process's streams. Redirected output is buffered (Console.Out flushes every line, which costs a
    /// system call per token when tagging into a file); the caller flushes <see cref="Out"/> at the end.
    /// </summary>
    public static CliConsole FromSystem()
    {
        var output = Console.IsOutputRedirected
            ? new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false }
            : Console.Out;
        return new(output, Console.Error, Console.OpenStandardInput, !Console.IsErrorRedirected && !Console.IsOutputRedirected);
    }

    /// <summary>Spectre's console over <see cref="Out"/>, for tables.</summary>
    public IAnsiConsole Tables => _tables ??= AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Out),
        Ansi = Interactive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = Interactive ? InteractionSupport.Yes : InteractionSupport.No,
    });

    /// <summary>Spectre's console over <see cref="Error"/>, for progress.</summary>
    public IAnsiConsole Status => _status ??= AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Error),
        Interactive = Interactive ? InteractionSupport.Yes : InteractionSupport.No,
    });

    private IAnsiConsole? _tables;
    private IAnsiConsole? _status;

    public void ReportError(string message) => Error.WriteLine("error: " + message);

    public void Note(string message) => Error.WriteLine(message);
}
