using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Chronicle.Tests;

/// <summary>
/// A real nats-server with JetStream, on a free loopback port with its store in a scratch folder, for one
/// test; killed and its store deleted afterwards.
/// </summary>
internal sealed class NatsServer : IDisposable
{
    /// <summary>Debian's nats-server (.ci/run installs it).</summary>
    public const string Binary = "/usr/sbin/nats-server";

    private readonly ScratchDir _dir = new();
    private readonly Process _process;

    public NatsServer()
    {
        Port = FreePort();
        _process = Process.Start(new ProcessStartInfo(Binary)
        {
            ArgumentList = { "-js", "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-sd", _dir.Root },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        // Read the logs away so a full pipe never stalls the server.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilListening();
    }

    /// <summary>Why NATS tests cannot run here, or null when they can.</summary>
    public static string? Missing => File.Exists(Binary) ? null : $"{Binary} is not installed (apt-get install nats-server; .ci/run installs it)";

    public int Port { get; }

    public string Url => $"nats://127.0.0.1:{Port}";

    public void Dispose()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        _dir.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                Thread.Sleep(50);
            }
        }
    }
}
