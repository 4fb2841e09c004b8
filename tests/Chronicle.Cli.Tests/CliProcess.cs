using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Chronicle.Cli.Tests;

/// <summary>
/// The built `chronicle` command running as a process of its own (copied beside the tests by the project
/// reference), for what an in-process run cannot show: being killed.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private const int SigTerm = 15;

    private readonly Process _process;
    private readonly StringBuilder _error = new();

    private CliProcess(Process process) => _process = process;

    /// <summary>Everything the process wrote to stderr so far.</summary>
    public string Error
    {
        get
        {
            lock (_error)
                return _error.ToString();
        }
    }

    public bool HasExited => _process.HasExited;

    public static CliProcess Start(params string[] args)
    {
        // The dotnet host that runs the tests (DOTNET_HOST_PATH) runs chronicle.dll too, whatever is on PATH.
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "chronicle.dll"));
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        var process = new CliProcess(Process.Start(info)!);
        process._process.OutputDataReceived += (_, _) => { };
        process._process.ErrorDataReceived += (_, e) =>
        {
            lock (process._error)
                process._error.AppendLine(e.Data);
        };
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        return process;
    }

    /// <summary>SIGKILL: no handler runs, nothing is flushed or handed back.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as a service manager stops a process: the command may finish its work first.</summary>
    public void Terminate()
    {
        if (Kill(_process.Id, SigTerm) != 0)
            throw new InvalidOperationException($"kill({_process.Id}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>Waits for the process to end by itself and returns its exit code; fails the test if it runs past <paramref name="limit"/>.</summary>
    public int WaitForExit(TimeSpan limit)
    {
        if (!_process.WaitForExit(limit))
        {
            _process.Kill();
            throw new TimeoutException($"chronicle ran past {limit}; its stderr:\n{Error}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill();
        _process.Dispose();
    }
}
