using Spectre.Console;

namespace Chronicle.Cli;

/// <summary>
/// Shows a long command's progress: a live bar on a terminal, and otherwise nothing until the
/// one-line summary (a redirected Spectre bar prints nothing at all, and logs want one line).
/// Notes raised while a bar is live are held back and printed after it, so they do not tear it.
/// </summary>
internal sealed class RunProgress
{
    private readonly List<string> _notes = [];
    private readonly CliConsole _console;
    private ProgressTask? _task;

    private RunProgress(CliConsole console) => _console = console;

    public static void Run(CliConsole console, string label, Action<RunProgress> body)
    {
        var progress = new RunProgress(console);
        if (console.Interactive)
        {
            console.Status.Progress()
                .AutoClear(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    progress._task = ctx.AddTask(label);
                    progress._task.IsIndeterminate = true;
                    body(progress);
                    progress._task.StopTask();
                });
        }
        else
        {
            body(progress);
        }

        foreach (var note in progress._notes)
            console.Error.WriteLine(note);
    }

    /// <summary>Updates the bar's description (the running counts).</summary>
    public void Update(string description)
    {
        if (_task is not null)
            _task.Description = Markup.Escape(description);
    }

    public void Error(string message) => Note("error: " + message);

    public void Note(string message)
    {
        if (_task is null)
            _console.Error.WriteLine(message);
        else
            _notes.Add(message);
    }
}
