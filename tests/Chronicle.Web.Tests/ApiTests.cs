using System.Net;
using System.Text.Json;

namespace Chronicle.Web.Tests;

/// <summary>The JSON API against a real server on loopback, over the sample store.</summary>
[Collection(SampleServerCollection.Name)]
public sealed class ApiTests(SampleServer server)
{
    private readonly HttpClient _client = server.Client;

    private async Task<List<JsonElement>> AllEvents(string filters = "")
    {
        var page = await _client.Get("/api/events?limit=1000&" + filters);
        return page.GetProperty("events").Items();
    }

    private static JsonElement? Actor(JsonElement record, string role) =>
        record.GetProperty(role) is { ValueKind: JsonValueKind.Object } actor ? actor : null;

    [Fact]
    public async Task Events_come_as_a_page_with_the_total_in_the_contract_schema()
    {
        var all = await AllEvents();
        var page = await _client.Get("/api/events?limit=5");

        Assert.Equal(all.Count, page.GetProperty("total").GetInt32());
        Assert.Equal(5, page.GetProperty("events").GetArrayLength());
        Assert.True(all.Count > 20, $"the sample gives {all.Count} events");
        var first = page.GetProperty("events")[0];
        foreach (var field in new[] { "article", "story", "sentence", "text", "source", "target", "cameo", "plover", "goldstein", "quad", "date", "date_precision", "date_text", "place", "confidence", "evidence", "id" })
            Assert.True(first.TryGetProperty(field, out _), $"no '{field}' in {first}");
    }

    [Fact]
    public async Task Pages_follow_one_another_without_overlap()
    {
        var all = (await AllEvents()).Select(e => e.Str("id")).ToList();
        var paged = new List<string?>();
        for (var offset = 0; offset < all.Count; offset += 7)
            paged.AddRange((await _client.Get($"/api/events?limit=7&offset={offset}")).GetProperty("events").Items().Select(e => e.Str("id")));

        Assert.Equal(all, paged);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task Sorting_by_conflict_puts_the_lowest_goldstein_first()
    {
        var conflict = (await AllEvents("sort=conflict")).Select(e => e.GetProperty("goldstein").GetDouble()).ToList();
        var cooperation = (await AllEvents("sort=cooperation")).Select(e => e.GetProperty("goldstein").GetDouble()).ToList();

        Assert.Equal(conflict.Order(), conflict);
        Assert.Equal(cooperation.OrderDescending(), cooperation);
        Assert.True(conflict[0] < 0, "the sample has conflict events");
    }

    [Fact]
    public async Task Filters_are_those_of_chronicle_events()
    {
        var tunisia = await AllEvents("country=TUN&cameo=1");
        var sorour = await AllEvents("actor=Sorour");
        var sample = await AllEvents("article=" + server.SampleId);

        Assert.NotEmpty(tunisia);
        Assert.All(tunisia, e => Assert.StartsWith("1", e.Str("cameo")));
        Assert.All(tunisia, e => Assert.Contains("TUN", new[] { Actor(e, "source")?.Str("country"), Actor(e, "target")?.Str("country") }));
        Assert.NotEmpty(sorour);
        Assert.All(sample, e => Assert.Equal(server.SampleId, e.Str("article")));
        Assert.Empty(await AllEvents("from=2025-01-01"));
    }

    [Fact]
    public async Task Bad_filters_are_answered_400_with_what_is_wrong()
    {
        using var response = await _client.GetAsync("/api/events?quad=9&from=yesterday&sort=sideways&limit=0");
        var problem = await response.Read();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors");
        foreach (var name in new[] { "quad", "from", "sort", "limit" })
            Assert.True(errors.TryGetProperty(name, out _), $"no error for {name} in {problem}");
    }

    [Fact]
    public async Task An_event_by_id_carries_its_sentence_and_evidence_spans_into_its_story()
    {
        var listed = (await AllEvents("article=" + server.SampleId)).First(e => Actor(e, "target") is not null);
        var id = listed.Str("id")!;
        var single = await _client.Get("/api/events/" + id);
        var article = await _client.Get("/api/articles/" + server.SampleId);
        var storyText = article.GetProperty("stories")[single.GetProperty("story").GetInt32()].Str("text")!;

        Assert.Equal(listed.GetRawText(), single.GetRawText());
        var verb = single.GetProperty("evidence").GetProperty("verb");
        var target = single.GetProperty("evidence").GetProperty("target");
        Assert.Contains(storyText[verb[0].GetInt32()..verb[1].GetInt32()], single.Str("text"));
        Assert.Equal(single.GetProperty("target").Str("text"), storyText[target[0].GetInt32()..target[1].GetInt32()]);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/events/no-such-event")).StatusCode);
    }

    [Fact]
    public async Task An_article_comes_with_every_layer_as_spans_into_its_story_text()
    {
        var article = await _client.Get("/api/articles/" + server.SampleId);
        var summary = (await _client.Get("/api/articles")).Items().Single(a => a.Str("id") == server.SampleId);

        var stories = article.GetProperty("stories").Items();
        Assert.Equal(summary.GetProperty("stories").GetInt32(), stories.Count);
        Assert.Equal(summary.GetProperty("events").GetInt32(), stories.Sum(s => s.GetProperty("layers").GetProperty("events").GetArrayLength()));
        foreach (var story in stories)
        {
            var text = story.Str("text")!;
            var layers = story.GetProperty("layers");
            Assert.NotEmpty(layers.GetProperty("sentences").Items());
            foreach (var layer in new[] { "entities", "actors", "times", "places" })
            {
                foreach (var span in layers.GetProperty(layer).Items())
                    Assert.Equal(span.Str("text"), text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
            }
        }

        Assert.Contains(stories.SelectMany(s => s.GetProperty("layers").GetProperty("actors").Items()), a => a.Str("code") == "EGYGOV");
        Assert.Contains(stories.SelectMany(s => s.GetProperty("layers").GetProperty("times").Items()), t => t.Str("type") == "DATE" && t.Str("value")!.StartsWith("2024", StringComparison.Ordinal));
        Assert.Contains(stories.SelectMany(s => s.GetProperty("layers").GetProperty("places").Items()), p => p.Str("name") == "Gafsa" && p.Str("country") == "TUN");
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/articles/no-such-article")).StatusCode);
    }

    [Fact]
    public async Task Actor_counts_agree_with_the_events()
    {
        var events = await AllEvents();
        var actors = (await _client.Get("/api/actors?limit=1000")).Items();

        foreach (var actor in actors)
        {
            var code = actor.Str("code");
            Assert.Equal(events.Count(e => Actor(e, "source")?.Str("code") == code), actor.GetProperty("as_source").GetInt32());
            Assert.Equal(events.Count(e => Actor(e, "target")?.Str("code") == code), actor.GetProperty("as_target").GetInt32());
        }

        Assert.Contains(actors, a => a.Str("code") == "EGYGOV" && a.Str("name") == "Nabil Sorour");
    }

    [Fact]
    public async Task The_timeline_counts_every_dated_event_by_day_and_quadclass()
    {
        var events = await AllEvents();
        var days = (await _client.Get("/api/stats/timeline")).Items();

        foreach (var day in days)
        {
            var date = day.Str("date");
            var quads = day.GetProperty("quads").Items().Select(q => q.GetInt32()).ToArray();
            for (var quad = 1; quad <= 4; quad++)
                Assert.Equal(events.Count(e => e.Str("date") == date && e.GetProperty("quad").GetInt32() == quad), quads[quad - 1]);
            var mean = events.Where(e => e.Str("date") == date).Average(e => e.GetProperty("goldstein").GetDouble());
            Assert.Equal(Math.Round(mean, 2), day.GetProperty("goldstein").GetDouble(), 2);
        }

        Assert.Contains(days, d => d.Str("date") == "2024-11-20");
        Assert.Equal(days.Select(d => d.Str("date")).Order(), days.Select(d => d.Str("date")));
    }

    [Fact]
    public async Task A_dyad_counts_the_events_from_its_source_to_its_target()
    {
        var dyads = (await _client.Get("/api/stats/dyads")).Items();

        Assert.NotEmpty(dyads);
        foreach (var dyad in dyads.Take(5))
        {
            var events = await AllEvents($"source={dyad.Str("source")}&target={dyad.Str("target")}");
            Assert.Equal(events.Count, dyad.GetProperty("count").GetInt32());
            Assert.Equal(Math.Round(events.Average(e => e.GetProperty("goldstein").GetDouble()), 2), dyad.GetProperty("goldstein").GetDouble(), 2);
        }
    }

    [Fact]
    public async Task Places_and_facets_count_the_selected_events()
    {
        var place = Assert.Single((await _client.Get("/api/stats/places")).Items(), p => p.Str("name") == SampleServer.PlaceName);
        var facets = await _client.Get("/api/stats/facets?quad=4");

        Assert.Equal(SampleServer.PlaceName, place.Str("name"));
        Assert.Equal((await AllEvents("near=" + SampleServer.PlaceName)).Count, place.GetProperty("count").GetInt32());
        Assert.Equal("4", Assert.Single(facets.GetProperty("quads").Items()).Str("value"));
    }

    [Fact]
    public async Task Search_finds_the_story_and_marks_the_words()
    {
        var hit = Assert.Single((await _client.Get("/api/search?q=phosphate")).Items());

        Assert.Equal(server.SampleId, hit.Str("article_id"));
        Assert.Contains("[phosphate]", hit.Str("snippet"));
        Assert.Empty((await _client.Get("/api/search?q=" + Uri.EscapeDataString("\"NEAR(\" OR"))).Items());
    }

    [Fact]
    public async Task Exports_hold_every_selected_event_in_their_layout()
    {
        var total = (await AllEvents("country=EGY")).Count;
        var csv = await _client.GetStringAsync("/api/events.csv?country=EGY");
        var jsonl = await _client.GetStringAsync("/api/events.jsonl?country=EGY");
        var tsv = await _client.GetStringAsync("/api/events.tsv?country=EGY");

        var csvLines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("article,story,sentence,source", csvLines[0]);
        Assert.Equal(total, jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Str("id")).Distinct().Count());
        var rows = tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(total, rows.Length);
        Assert.All(rows, row => Assert.Equal(61, row.Split('\t').Length));
        Assert.Equal("text/tab-separated-values", (await _client.GetAsync("/api/events.tsv?limit=1")).Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_endpoints()
    {
        var document = await _client.Get("/api/openapi/v1.json");
        var paths = document.GetProperty("paths");

        foreach (var path in new[] { "/api/events", "/api/events/{id}", "/api/articles", "/api/articles/{id}", "/api/actors", "/api/stats/timeline", "/api/stats/dyads", "/api/search", "/api/events.tsv" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        Assert.True(paths.GetProperty("/api/articles").TryGetProperty("post", out _));
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_no_cors_permission()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events?limit=1");
        request.Headers.Add("Origin", "https://elsewhere.example");
        using var response = await _client.SendAsync(request);
        using var page = await _client.GetAsync("/");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        foreach (var headers in new[] { response.Headers, page.Headers })
        {
            Assert.Equal("nosniff", headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", headers.GetValues("X-Frame-Options").Single());
            Assert.Contains("script-src 'self'", headers.GetValues("Content-Security-Policy").Single());
        }

        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task The_page_may_run_its_own_inline_script_and_no_other()
    {
        using var response = await _client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();

        var inline = System.Text.RegularExpressions.Regex.Matches(html, "<script>(.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline);
        var script = Assert.Single(inline).Groups[1].Value;
        Assert.Contains("chronicleView", script);
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script)));
        Assert.Contains($"script-src 'self' 'sha256-{hash}';", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal(html, await _client.GetStringAsync("/index.html"));
    }

    [Fact]
    public async Task The_ui_loads_nothing_from_other_hosts()
    {
        var html = await _client.GetStringAsync("/");
        var assets = new List<string> { html };
        foreach (var file in new[] { "first-view.js", "app.js", "api.js", "dom.js", "timeline.js", "network.js", "map.js", "reader.js", "search.js", "rows.js", "app.css" })
            assets.Add(await _client.GetStringAsync("/" + file));

        // The SVG namespace is a name, not a fetch: the only absolute URL allowed.
        Assert.All(assets, text => Assert.DoesNotMatch(@"https?://|(src|href)=""//|url\(", text.Replace("http://www.w3.org/2000/svg", "")));
        Assert.DoesNotContain("innerHTML", string.Concat(assets));
        Assert.True((await _client.Get("/world-110m.json")).GetProperty("countries").GetArrayLength() > 150);
    }
}
