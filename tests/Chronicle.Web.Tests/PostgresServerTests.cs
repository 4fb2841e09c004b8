using System.Net;
using System.Text;
using Chronicle.Web.Hosting;

namespace Chronicle.Web.Tests;

/// <summary>The server over a PostgreSQL store: what is posted is stored there, and the API reads it back.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresServerTests(PostgresServer postgres)
{
    private const string Key = "a-long-test-key-0123456789";

    [PostgresFact]
    public async Task Posted_articles_are_stored_in_postgresql_and_served_from_there()
    {
        await using var server = await ChronicleServer.StartAsync(new ServerOptions { DbPath = postgres.CreateDatabase(), Urls = "http://127.0.0.1:0", ApiKey = Key });
        using var client = new HttpClient { BaseAddress = server.Address };
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles?date=2024-11-20")
        {
            Content = new StringContent(await File.ReadAllTextAsync(RepoPaths.SampleDispatch), Encoding.UTF8, "text/plain"),
            Headers = { { "X-Api-Key", Key } },
        };

        using var stored = await client.SendAsync(post);
        var events = await client.Get("/api/events?limit=5&sort=conflict");
        var hit = Assert.Single((await client.Get("/api/search?q=phosphate")).Items());
        var facets = await client.Get("/api/stats/facets");

        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        Assert.True(events.GetProperty("total").GetInt32() > 20);
        var goldstein = events.GetProperty("events").Items().Select(e => e.GetProperty("goldstein").GetDouble()).ToList();
        Assert.Equal(goldstein.Order(), goldstein);
        Assert.Contains("[phosphate]", hit.Str("snippet"), StringComparison.Ordinal);
        Assert.Equal(events.GetProperty("total").GetInt32(), facets.GetProperty("quads").Items().Sum(q => q.GetProperty("count").GetInt32()));
    }
}
