using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Chronicle.Tests.Articles;

/// <summary>A minimal HTTP/1.1 server on loopback: each request's path goes to a handler that writes the raw response.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Func<string, Stream, CancellationToken, Task> handle;

    public LocalHttpServer(Func<string, Stream, CancellationToken, Task> handle)
    {
        this.handle = handle;
        listener.Start();
        _ = AcceptLoopAsync();
    }

    public string Url(string path) => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}{path}";

    public static Task RespondAsync(Stream stream, string contentType, string body, int status = 200, string? extraHeaders = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n{extraHeaders}\r\n";
        return stream.WriteAsync(Encoding.ASCII.GetBytes(head).Concat(bytes).ToArray()).AsTask();
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stop.Token);
                _ = ServeAsync(client);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped.
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var path = await ReadRequestPathAsync(stream);
                await handle(path, stream, stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // The client went away (size cap, timeout): expected in these tests.
            }
        }
    }

    private static async Task<string> ReadRequestPathAsync(Stream stream)
    {
        var request = new StringBuilder();
        var buffer = new byte[4096];
        while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
                break;
            request.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return request.ToString().Split(' ')[1];
    }
}
