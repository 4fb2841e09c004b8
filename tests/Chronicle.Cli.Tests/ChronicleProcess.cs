using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Chronicle.Cli.Tests;

/// <summary>
/// The built `chronicle` run as a process of its own (the one beside the test assembly), for what an
/// in-process run cannot show: what a killed process leaves behind.
/// </summary>
internal sealed class ChronicleProcess : IDisposable
{
    private const int SigTerm = 15;

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ChronicleProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Everything the process wrote to stdout and stderr so far, for assertions and failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static ChronicleProcess Start(params string[] args)
    {
        // `dotnet test` tells child processes which host it runs on; a plain `dotnet` serves otherwise.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Join(AppContext.BaseDirectory, "chronicle.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);

        var process = new ChronicleProcess(new Process { StartInfo = start });
        process._process.OutputDataReceived += (_, e) => process.Append(e.Data);
        process._process.ErrorDataReceived += (_, e) => process.Append(e.Data);
        process._process.Start();
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Ends the process at once, with SIGKILL: no handler runs, nothing is flushed or closed.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as a service manager stops a process: the command may finish its work first.</summary>
    public void Terminate()
    {
        if (SendSignal(_process.Id, SigTerm) != 0)
            throw new InvalidOperationException($"kill({_process.Id}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>Waits for the process to end by itself and returns its exit code; fails the test, with the output, if it runs past <paramref name="limit"/>.</summary>
    public int Finish(TimeSpan limit) =>
        WaitForExit(limit) ? ExitCode : throw new TimeoutException($"chronicle ran past {limit}; its output:\n{Output}");

    /// <summary>Waits for the process to end by itself, and kills it if it has not after <paramref name="limit"/>.</summary>
    public bool WaitForExit(TimeSpan limit)
    {
        if (_process.WaitForExit(limit))
        {
            // The parameterless wait also waits for the redirected streams to be read to their end.
            _process.WaitForExit();
            return true;
        }

        Kill();
        return false;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            Kill();
        _process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }
}
