using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Chronicle.Web.Hosting;

namespace Chronicle.Web.Tests;

/// <summary>POST /api/articles against a real server: the key, the limits, and what gets stored.</summary>
public sealed class IngestTests : IAsyncLifetime
{
    private const string Key = "a-long-test-key-0123456789";
    private const long Limit = 16 * 1024;

    private const string Story =
        "Norland's foreign minister met Vestria's prime minister in Port Amber on Tuesday. " +
        "The two governments signed an agreement on fishing rights.";

    private readonly ScratchDir _dir = new();
    private RunningServer? _server;
    private RunningServer? _keyless;
    private readonly HttpClient _client = new();

    public async Task InitializeAsync()
    {
        _server = await ChronicleServer.StartAsync(new ServerOptions { DbPath = _dir.File("ingest.db"), Urls = "http://127.0.0.1:0", ApiKey = Key, MaxRequestBytes = Limit });
        _keyless = await ChronicleServer.StartAsync(new ServerOptions { DbPath = _dir.File("keyless.db"), Urls = "http://127.0.0.1:0", ApiKey = "" });
        _client.BaseAddress = _server.Address;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server!.DisposeAsync();
        await _keyless!.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private static HttpRequestMessage Post(string body, string contentType, string? key, string path = "/api/articles?date=2024-05-07")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (key is not null)
            request.Headers.Add("X-Api-Key", key);
        return request;
    }

    [Fact]
    public async Task Without_the_right_key_nothing_is_stored()
    {
        using var none = await _client.SendAsync(Post(Story, "text/plain", null));
        using var wrong = await _client.SendAsync(Post(Story, "text/plain", Key[..^1] + "X"));
        using var bearer = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(Story, Encoding.UTF8, "text/plain") };
        bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-" + Key);
        using var wrongBearer = await _client.SendAsync(bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongBearer.StatusCode);
        Assert.Empty((await _client.Get("/api/articles")).Items());
    }

    [Fact]
    public async Task A_server_without_a_key_refuses_every_post()
    {
        using var client = new HttpClient { BaseAddress = _keyless!.Address };
        using var response = await client.SendAsync(Post(Story, "text/plain", ""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Posted_text_is_analyzed_and_stored_once()
    {
        using var first = await _client.SendAsync(Post(Story, "text/plain", Key));
        var report = await first.Read();
        using var again = await _client.SendAsync(Post(Story, "text/plain", Key));
        var article = Assert.Single(report.GetProperty("articles").Items());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.False(article.GetProperty("already_stored").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await again.Read()).GetProperty("articles")[0].GetProperty("already_stored").GetBoolean());
        var events = (await _client.Get("/api/events?article=" + article.Str("id"))).GetProperty("events").Items();
        Assert.Equal(article.GetProperty("events").GetInt32(), events.Count);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("2024-05-07", e.Str("date")));
    }

    [Fact]
    public async Task Counts_and_charts_read_before_a_post_follow_it_at_once()
    {
        // Read twice so the second answer comes from the cache, then store an article.
        foreach (var _ in new[] { 1, 2 })
        {
            Assert.Equal(0, (await _client.Get("/api/events")).GetProperty("total").GetInt32());
            Assert.Empty((await _client.Get("/api/stats/timeline")).Items());
        }

        using var posted = await _client.SendAsync(Post(Story, "text/plain", Key));
        var stored = (await posted.Read()).GetProperty("articles")[0].GetProperty("events").GetInt32();

        Assert.True(stored > 0);
        Assert.Equal(stored, (await _client.Get("/api/events")).GetProperty("total").GetInt32());
        var day = Assert.Single((await _client.Get("/api/stats/timeline")).Items());
        Assert.Equal(stored, day.GetProperty("quads").Items().Sum(q => q.GetInt32()));
    }

    [Fact]
    public async Task Jsonl_lines_are_articles_and_a_bad_line_is_named()
    {
        var jsonl = "{\"id\": \"n1\", \"text\": \"" + Story + "\", \"date\": \"2024-05-08\"}\n{not json\n";
        using var response = await _client.SendAsync(Post(jsonl, "application/x-ndjson", Key));
        var report = await response.Read();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("n1", Assert.Single(report.GetProperty("articles").Items()).Str("id"));
        Assert.Contains(":2", Assert.Single(report.GetProperty("errors").Items()).GetString());
    }

    [Fact]
    public async Task Bodies_over_the_limit_and_unknown_types_are_refused()
    {
        using var large = await _client.SendAsync(Post(new string('a', (int)Limit + 1), "text/plain", Key));
        using var pdf = await _client.SendAsync(Post(Story, "application/pdf", Key));
        using var badDate = await _client.SendAsync(Post(Story, "text/plain", Key, "/api/articles?date=soon"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.True(large.Headers.ConnectionClose, "an unread body over the limit ends its connection");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, pdf.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
    }
}
