using System.Diagnostics;
using System.Text;

namespace Chronicle.Cli.Tests;

/// <summary>
/// The built `chronicle` run as a process of its own (the one beside the test assembly), for what an
/// in-process run cannot show: what a killed process leaves behind.
/// </summary>
internal sealed class ChronicleProcess : IDisposable
{
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

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }
}
