using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Chronicle.Articles;

/// <summary>
/// Fetches pages and feeds over http(s) without letting input reach places it should not: addresses are
/// checked when each connection is made (so redirects and DNS tricks are covered too), redirects are
/// followed by hand and capped, and time and size are bounded while the body streams in.
/// </summary>
internal sealed class SafeHttpFetcher : IDisposable
{
    private const int MaxRedirects = 5;

    private readonly ReaderOptions options;
    private readonly HttpClient client;

    static SafeHttpFetcher() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public SafeHttpFetcher(ReaderOptions options)
    {
        this.options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            // A proxy would make the connection on our behalf, past the address check.
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = ConnectAsync,
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Chronicle/0.1 (news event extraction)");
    }

    /// <summary>Fetches <paramref name="url"/> and opens it as a document, with the checks every input gets.</summary>
    public InputDocument Open(Uri url, CancellationToken ct)
    {
        var location = new InputLocation(url.OriginalString);
        var page = FetchAsync(url, ct).GetAwaiter().GetResult();
        return InputDocument.Open(new MemoryStream(page.Body), location, page.Url.AbsoluteUri, options.MaxDocumentBytes, page.Body.Length, page.Url, page.Charset);
    }

    /// <summary>Fetches <paramref name="url"/>; any failure is an <see cref="InputException"/> saying why.</summary>
    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken ct)
    {
        var location = new InputLocation(url.OriginalString);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.FetchTimeout);
        try
        {
            return await FetchFollowingRedirectsAsync(url, location, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new InputException(location, $"fetch timed out after {options.FetchTimeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException e) when (e.InnerException is InputException refused)
        {
            throw new InputException(location, refused.Message);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or SocketException)
        {
            throw new InputException(location, $"fetch failed: {e.Message}");
        }
    }

    public void Dispose() => client.Dispose();

    private async Task<FetchedPage> FetchFollowingRedirectsAsync(Uri url, InputLocation location, CancellationToken ct)
    {
        for (var redirects = 0; ; redirects++)
        {
            if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
                throw new InputException(location, $"refused to fetch {url}: only http and https URLs are fetched");

            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            if ((int)response.StatusCode is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } next)
            {
                if (redirects == MaxRedirects)
                    throw new InputException(location, $"fetch failed: more than {MaxRedirects} redirects");
                url = new Uri(url, next);
                continue;
            }

            if (!response.IsSuccessStatusCode)
                throw new InputException(location, $"fetch failed: HTTP {(int)response.StatusCode} {response.ReasonPhrase}");

            var body = await ReadBodyAsync(response.Content, location, ct).ConfigureAwait(false);
            return new FetchedPage(url, body, Charset(response.Content.Headers.ContentType?.CharSet));
        }
    }

    private async Task<byte[]> ReadBodyAsync(HttpContent content, InputLocation location, CancellationToken ct)
    {
        var max = options.MaxFetchBytes;
        if (content.Headers.ContentLength > max)
            throw new InputException(location, $"response too large: {content.Headers.ContentLength} bytes, over the limit of {max} bytes");

        // Content-Length can be absent or wrong (and compressed bodies grow), so the limit holds while reading.
        using var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
                throw new InputException(location, $"response too large: cut off at the limit of {max} bytes");
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct).ConfigureAwait(false);
        var allowed = options.AllowPrivateNetwork ? addresses : [.. addresses.Where(a => AddressPolicy.RefusedKind(a) is null)];
        if (allowed.Length == 0)
        {
            var address = addresses.FirstOrDefault();
            var kind = address is null ? "no" : AddressPolicy.RefusedKind(address);
            throw new InputException(
                new InputLocation(host),
                $"refused to connect to {host} ({address}): {kind} address; only public addresses are fetched unless AllowPrivateNetwork is set");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static Encoding? Charset(string? name)
    {
        try
        {
            return name is null ? null : Encoding.GetEncoding(name.Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
