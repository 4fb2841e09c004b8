using System.Net;
using Chronicle.Articles;

namespace Chronicle.Tests.Articles;

public sealed class SafeHttpFetcherTests
{
    private const string Html = "<html><head><title>Tunnel</title></head><body><p>The mountain tunnel opened to traffic on Monday.</p></body></html>";

    [Fact]
    public void LoopbackIsRefusedByDefault()
    {
        using var server = new LocalHttpServer((_, stream, _) => LocalHttpServer.RespondAsync(stream, "text/html", Html));

        var error = Assert.Single(Inputs.Read(server.Url("/page"))).Error!;

        Assert.Equal(server.Url("/page"), error.Location.Source);
        Assert.Equal("refused to connect to 127.0.0.1 (127.0.0.1): loopback address; only public addresses are fetched unless AllowPrivateNetwork is set", error.Message);
    }

    [Fact]
    public void LoopbackIsFetchedWhenAllowed()
    {
        using var server = new LocalHttpServer((_, stream, _) => LocalHttpServer.RespondAsync(stream, "text/html; charset=utf-8", Html));

        var article = Assert.Single(Inputs.Read(new ReaderOptions { AllowPrivateNetwork = true }, server.Url("/page"))).Article!;

        Assert.Equal("The mountain tunnel opened to traffic on Monday.", article.Text);
        Assert.Equal(server.Url("/page"), article.Url);
    }

    [Fact]
    public void RedirectIsFollowedAndCharsetHonored()
    {
        using var server = new LocalHttpServer((path, stream, _) => path == "/old"
            ? LocalHttpServer.RespondAsync(stream, "text/plain", "", 301, "Location: /new\r\n")
            : stream.WriteAsync((byte[])[.. "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Length: 11\r\nConnection: close\r\n\r\nCaf"u8, 0xE9, .. " opens."u8]).AsTask());

        var article = Assert.Single(Inputs.Read(new ReaderOptions { AllowPrivateNetwork = true }, server.Url("/old"))).Article!;

        Assert.Equal("Café opens.", article.Text);
    }

    [Fact]
    public void RedirectToAnotherSchemeIsRefused()
    {
        using var server = new LocalHttpServer((_, stream, _) => LocalHttpServer.RespondAsync(stream, "text/plain", "", 302, "Location: file:///etc/passwd\r\n"));

        var error = Assert.Single(Inputs.Read(new ReaderOptions { AllowPrivateNetwork = true }, server.Url("/go"))).Error!;

        Assert.Equal("refused to fetch file:///etc/passwd: only http and https URLs are fetched", error.Message);
    }

    [Fact]
    public void BodyOverTheLimitIsCutOff()
    {
        // No Content-Length: the limit must hold while the body streams in.
        using var server = new LocalHttpServer(async (_, stream, ct) =>
        {
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n"u8.ToArray(), ct);
            var chunk = new byte[8192];
            Array.Fill(chunk, (byte)'a');
            for (var i = 0; i < 1000; i++)
                await stream.WriteAsync(chunk, ct);
        });
        var options = new ReaderOptions { AllowPrivateNetwork = true, MaxFetchBytes = 50_000 };

        var error = Assert.Single(Inputs.Read(options, server.Url("/huge"))).Error!;

        Assert.Equal("response too large: cut off at the limit of 50000 bytes", error.Message);
    }

    [Fact]
    public void DeclaredLengthOverTheLimitIsRefusedBeforeReading()
    {
        using var server = new LocalHttpServer((_, stream, _) => LocalHttpServer.RespondAsync(stream, "text/plain", new string('a', 5000)));
        var options = new ReaderOptions { AllowPrivateNetwork = true, MaxFetchBytes = 1000 };

        var error = Assert.Single(Inputs.Read(options, server.Url("/big"))).Error!;

        Assert.Equal("response too large: 5000 bytes, over the limit of 1000 bytes", error.Message);
    }

    [Fact]
    public void SlowServerTimesOut()
    {
        using var server = new LocalHttpServer((_, _, ct) => Task.Delay(Timeout.Infinite, ct));
        var options = new ReaderOptions { AllowPrivateNetwork = true, FetchTimeout = TimeSpan.FromMilliseconds(300) };

        var error = Assert.Single(Inputs.Read(options, server.Url("/slow"))).Error!;

        Assert.Equal("fetch timed out after 0.3 s", error.Message);
    }

    [Fact]
    public void HttpErrorStatusIsReported()
    {
        using var server = new LocalHttpServer((_, stream, _) => LocalHttpServer.RespondAsync(stream, "text/plain", "gone", 404));

        var error = Assert.Single(Inputs.Read(new ReaderOptions { AllowPrivateNetwork = true }, server.Url("/x"))).Error!;

        Assert.StartsWith("fetch failed: HTTP 404", error.Message);
    }

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.20.0.1", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("100.64.0.1", "shared (carrier-grade NAT)")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("::1", "loopback")]
    [InlineData("::", "unspecified")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fd12::1", "unique-local")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("93.184.216.34", null)]
    [InlineData("2606:4700::1111", null)]
    public void AddressesAreClassified(string address, string? kind) =>
        Assert.Equal(kind, AddressPolicy.RefusedKind(IPAddress.Parse(address)));
}
