using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Chronicle.Web.Tests;

/// <summary>The web UI in headless chromium over the sample server: the table, the charts, the filters they set, the reader, search.</summary>
[Collection(SampleServerCollection.Name)]
public sealed class BrowserTests(SampleServer server, ITestOutputHelper output)
{
    private async Task<int> Total(string filters) => (await server.Client.Get("/api/events?limit=1&" + filters)).GetProperty("total").GetInt32();

    private static async Task<int> ShownTotal(IPage page) => int.Parse((await page.TextContentAsync("#total"))!.Replace(",", ""));

    [BrowserFact]
    public async Task The_desk_shows_the_events_the_timeline_the_network_and_the_map()
    {
        await using var browser = await Browser.Open(server);
        var page = browser.Page;

        Assert.Equal(await Total(""), await ShownTotal(page));
        // The rows in and near the viewport; the others come as they are scrolled to (tests below).
        Assert.InRange(await DrawnRows(page), 1, await Total(""));
        // Each day's stack is drawn as one bar per QuadClass it holds, in one path per QuadClass.
        var days = (await server.Client.Get("/api/stats/timeline")).EnumerateArray().ToList();
        var bars = days.Sum(d => d.GetProperty("quads").EnumerateArray().Count(q => q.GetInt32() > 0));
        var drawn = await page.Locator("#timeline path.q1, #timeline path.q2, #timeline path.q3, #timeline path.q4").EvaluateAllAsync<int>(
            "paths => paths.reduce((n, p) => n + p.getAttribute('d').split('M').length - 1, 0)");
        Assert.True(bars > 0);
        Assert.Equal(bars, drawn);
        var dyads = (await server.Client.Get("/api/stats/dyads?limit=40")).GetArrayLength();
        Assert.Equal(dyads, await page.Locator("#network path.edge").CountAsync());
        Assert.True(await page.Locator("#network g.node").CountAsync() >= 2);
        // Every country's every ring, in one path.
        var world = await server.Client.Get("/world-110m.json");
        var rings = world.GetProperty("countries").EnumerateArray().Sum(c => c.GetProperty("d").GetString()!.Count(ch => ch == 'M'));
        Assert.True(rings > 150);
        Assert.Equal(rings, await page.Locator("#map path.countries").EvaluateAsync<int>("p => p.getAttribute('d').split('M').length - 1"));
        var places = (await server.Client.Get("/api/stats/places")).GetArrayLength();
        Assert.Equal(places, await page.Locator("#map circle.point").CountAsync());
        Assert.Equal(1, await page.Locator($"#map circle.point[data-place='{SampleServer.PlaceName}']").CountAsync());
        await browser.Screenshot("desk", output);
        Assert.Empty(browser.Errors);
    }

    [BrowserFact]
    public async Task Filtering_by_an_actor_narrows_the_table_and_the_charts()
    {
        await using var browser = await Browser.Open(server);
        var page = browser.Page;

        await page.FillAsync("#filters input[name=actor]", "EGYGOV");
        await page.ClickAsync("#filters button[type=submit]");
        await browser.Settled();

        var expected = await Total("actor=EGYGOV");
        Assert.True(expected < await Total(""));
        Assert.Equal(expected, await ShownTotal(page));
        var rows = page.Locator("#events tbody tr[data-event]");
        for (var i = 0; i < await rows.CountAsync(); i++)
            Assert.Contains("EGYGOV", await rows.Nth(i).InnerTextAsync());
        Assert.Contains("actor=EGYGOV", page.Url);
        Assert.Equal(1, await page.Locator(".chip[data-filter=actor]").CountAsync());
        await browser.Screenshot("actor-filter", output);
        Assert.Empty(browser.Errors);
    }

    [BrowserFact]
    public async Task A_shared_address_opens_its_view_asking_the_api_once_per_panel()
    {
        await using var browser = await Browser.Open(server, "/#actor=EGYGOV");
        var page = browser.Page;

        Assert.Equal(await Total("actor=EGYGOV"), await ShownTotal(page));
        var asked = await page.EvaluateAsync<string[]>(
            "performance.getEntriesByType('resource').map(r => new URL(r.name)).filter(u => u.pathname.startsWith('/api/')).map(u => u.pathname + u.search)");
        // The page's head asked for the first view; the modules took those answers instead of asking again.
        Assert.Equal(6, asked.Length);
        Assert.Equal(asked.Length, asked.Distinct().Count());
        Assert.All(asked, url => Assert.Contains("actor=EGYGOV", url));
        Assert.Empty(browser.Errors);
    }

    [BrowserFact]
    public async Task Clicking_a_node_an_edge_a_bar_or_a_point_filters_the_table()
    {
        await using var browser = await Browser.Open(server);
        var page = browser.Page;

        var edge = page.Locator("#network path.edge").First;
        var (source, target) = (await edge.GetAttributeAsync("data-source"), await edge.GetAttributeAsync("data-target"));
        await edge.DispatchEventAsync("click");
        await browser.Settled();
        Assert.Equal(await Total($"source={source}&target={target}"), await ShownTotal(page));

        await page.ClickAsync("#clear");
        await browser.Settled();
        var node = page.Locator("#network g.node").First;
        var code = await node.GetAttributeAsync("data-code");
        await node.DispatchEventAsync("click");
        await browser.Settled();
        Assert.Equal(await Total("actor=" + code), await ShownTotal(page));

        await page.ClickAsync("#clear");
        await browser.Settled();
        // The days share the plot's width evenly: the pointer over the middle of a day's band names that day, a click selects it.
        var days = (await server.Client.Get("/api/stats/timeline")).EnumerateArray().Select(d => d.GetProperty("date").GetString()).ToList();
        var index = days.IndexOf("2024-11-20");
        Assert.True(index >= 0);
        var plot = (await page.Locator("#timeline rect.hit").BoundingBoxAsync())!;
        var (x, y) = (plot.X + (index + 0.5) * plot.Width / days.Count, plot.Y + plot.Height / 2);
        await page.Mouse.MoveAsync((float)x, (float)y);
        Assert.StartsWith("2024-11-20: ", await page.Locator("#timeline text.hover").TextContentAsync(), StringComparison.Ordinal);
        await page.Mouse.ClickAsync((float)x, (float)y);
        await browser.Settled();
        Assert.Equal(await Total("from=2024-11-20&to=2024-11-20"), await ShownTotal(page));

        await page.ClickAsync("#clear");
        await browser.Settled();
        // The map names the country under the pointer, from the outlines: Khartoum is in Sudan.
        var point = page.Locator($"#map circle.point[data-place='{SampleServer.PlaceName}']");
        await point.HoverAsync();
        Assert.Equal("Sudan", await page.Locator("#map text.hover").TextContentAsync());
        await point.DispatchEventAsync("click");
        await browser.Settled();
        Assert.Equal(await Total("near=" + SampleServer.PlaceName), await ShownTotal(page));
        Assert.Equal(2, await ShownTotal(page));
        Assert.Empty(browser.Errors);
    }

    [BrowserFact]
    public async Task Clicking_a_facet_filters_by_its_value()
    {
        await using var browser = await Browser.Open(server);
        var page = browser.Page;

        var country = page.Locator("#facet-countries button").Nth(1);
        var code = (await country.TextContentAsync())!;
        await country.ClickAsync();
        await browser.Settled();

        var expected = await Total("country=" + code);
        Assert.True(expected < await Total(""));
        Assert.Equal(expected, await ShownTotal(page));
        Assert.Equal(code, await page.InputValueAsync("#filters input[name=country]"));
        Assert.Empty(browser.Errors);
    }

    [BrowserFact]
    public async Task Clicking_an_actor_in_a_row_filters_by_it_without_opening_the_reader()
    {
        await using var browser = await Browser.Open(server);
        var page = browser.Page;

        var link = page.Locator("#events tbody tr[data-event] a.actor-link").First;
        var code = (await link.GetAttributeAsync("data-actor"))!;
        await link.ClickAsync();
        await browser.Settled();

        var expected = await Total("actor=" + Uri.EscapeDataString(code));
        Assert.True(expected < await Total(""));
        Assert.Equal(expected, await ShownTotal(page));
        Assert.Equal(1, await page.Locator(".chip[data-filter=actor]").CountAsync());
        Assert.True(await page.Locator("#reader").IsHiddenAsync());
        Assert.Empty(browser.Errors);
    }

    // A window too short for the whole page of events: the table draws the rows near the viewport and spacers stand for the rest.
    private const int ShortWindow = 450;

    private static Task<int> DrawnRows(IPage page) => page.Locator("#events tbody tr[data-event]").CountAsync();

    [BrowserFact]
    public async Task Rows_beyond_the_viewport_are_drawn_when_scrolled_to_in_page_order_and_their_actors_filter()
    {
        await using var browser = await Browser.Open(server, height: ShortWindow);
        var page = browser.Page;
        var total = await Total("");
        var first = await DrawnRows(page);
        Assert.InRange(first, 1, total - 1);
        // Drawn down to the viewport's bottom edge and beyond it.
        Assert.True(await page.EvaluateAsync<double>("[...document.querySelectorAll('#events tbody tr[data-event]')].at(-1).getBoundingClientRect().top") > ShortWindow);
        // The spacers keep the table as tall as every row would make it: 30 px a row.
        Assert.Equal(total * 30, (await page.Locator("#events tbody").BoundingBoxAsync())!.Height, 0.5);

        await page.Mouse.WheelAsync(0, 10_000);
        await page.WaitForFunctionAsync("n => document.querySelectorAll('#events tbody tr[data-event]').length === n", total);

        // In the API's order, each once, with no spacer left between them.
        var ids = (await server.Client.Get("/api/events?limit=100")).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids, await page.Locator("#events tbody tr[data-event]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.event)"));
        Assert.Equal(0, await page.Locator("#events tbody tr.spacer:not([hidden])").CountAsync());

        var link = page.Locator("#events tbody tr[data-event] a.actor-link").Last;
        var code = (await link.GetAttributeAsync("data-actor"))!;
        await link.ClickAsync();
        await browser.Settled();
        Assert.Equal(await Total("actor=" + Uri.EscapeDataString(code)), await ShownTotal(page));
        Assert.True(await page.Locator("#reader").IsHiddenAsync());
        Assert.Empty(browser.Errors);
    }

    [BrowserFact]
    public async Task Sorting_a_short_window_draws_its_rows_in_the_new_order()
    {
        await using var browser = await Browser.Open(server, height: ShortWindow);
        var page = browser.Page;
        var total = await Total("");

        await page.ClickAsync("#events th button[data-sort=conflict]");
        await browser.Settled();
        Assert.Contains("sort=conflict", page.Url);
        Assert.True(await DrawnRows(page) < total);
        await page.Mouse.WheelAsync(0, 10_000);
        await page.WaitForFunctionAsync("n => document.querySelectorAll('#events tbody tr[data-event]').length === n", total);

        var ids = (await server.Client.Get("/api/events?limit=100&sort=conflict")).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids, await page.Locator("#events tbody tr[data-event]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.event)"));
        Assert.Empty(browser.Errors);
    }

    [BrowserFact]
    public async Task A_new_view_drawn_while_scrolled_down_the_table_draws_the_rows_where_the_viewport_is()
    {
        await using var browser = await Browser.Open(server, height: ShortWindow);
        var page = browser.Page;
        var total = await Total("");
        await page.Mouse.WheelAsync(0, 10_000);
        await page.WaitForFunctionAsync("n => document.querySelectorAll('#events tbody tr[data-event]').length === n", total);

        // As a page turned at the table's foot: the view is drawn again where the reader is.
        await page.EvaluateAsync("import('/app.js').then(m => m.setFilters({}))");
        await browser.Settled();
        Assert.True(await DrawnRows(page) < total);
        Assert.True(await page.Locator("#events tbody tr.spacer").First.IsVisibleAsync());
        // The row in the middle of the table's part in the viewport is drawn, and it is the row the API puts there.
        var ids = (await server.Client.Get("/api/events?limit=100")).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        var middle = await page.EvaluateAsync<string[]>(
            "(() => { const box = document.querySelector('#events tbody').getBoundingClientRect();" +
            " const y = (Math.max(0, box.top) + Math.min(innerHeight, box.bottom)) / 2;" +
            " const row = document.elementFromPoint(box.left + 20, y)?.closest('tr[data-event]');" +
            " return row ? [row.dataset.event, String(Math.floor((y - box.top) / 30))] : []; })()");
        Assert.Equal(2, middle.Length);
        Assert.Equal(ids[int.Parse(middle[1])], middle[0]);
        Assert.Empty(browser.Errors);
    }

    [BrowserFact]
    public async Task The_keyboard_reaches_every_row_of_a_short_window_in_order()
    {
        await using var browser = await Browser.Open(server, height: ShortWindow);
        var page = browser.Page;
        var total = await Total("");
        Assert.True(await DrawnRows(page) < total);

        // The keyboard moving focus into the table (to its last sort button) draws every row, so Tab walks them all without a gap.
        await page.FocusAsync("#events th button[data-sort=conflict]");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("confidence", await page.EvaluateAsync<string>("document.activeElement.dataset.sort"));
        Assert.Equal(total, await DrawnRows(page));
        var links = await page.Locator("#events tbody a.actor-link").EvaluateAllAsync<string[]>("links => links.map(a => a.closest('tr').dataset.event + ' ' + a.dataset.actor)");
        foreach (var expected in links)
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal(expected, await page.EvaluateAsync<string>("document.activeElement.closest('tr').dataset.event + ' ' + document.activeElement.dataset.actor"));
        }
        Assert.Empty(browser.Errors);
    }

    [BrowserFact]
    public async Task An_opened_article_highlights_its_events_and_each_card_points_at_its_evidence()
    {
        await using var browser = await Browser.Open(server, "/#article=" + server.SampleId);
        var page = browser.Page;
        var article = await server.Client.Get("/api/articles/" + server.SampleId);
        var events = article.GetProperty("stories").EnumerateArray().SelectMany(s => s.GetProperty("layers").GetProperty("events").EnumerateArray()).ToList();

        await page.Locator("#events tbody tr[data-event]").First.ClickAsync();
        await page.WaitForSelectorAsync("#reader:not([hidden]) .card");

        Assert.Equal(events.Count, await page.Locator("#reader .card").CountAsync());
        Assert.True(await page.Locator("#reader .text .event").CountAsync() > 0);
        Assert.True(await page.Locator("#reader .text .actor").CountAsync() > 0);
        Assert.True(await page.Locator("#reader .text .entity").CountAsync() > 0);
        Assert.Equal(5, await page.Locator("#reader-legend input[type=checkbox]").CountAsync());

        // The row opened the reader on its own event: its card and its verb are marked.
        var card = page.Locator("#reader .card.focus");
        Assert.Equal(1, await card.CountAsync());
        var id = (await card.GetAttributeAsync("data-event"))!;
        var chosen = events.Single(e => e.GetProperty("id").GetString() == id);
        var focused = string.Concat(await page.Locator("#reader .text .focus").AllTextContentsAsync());
        var storyText = article.GetProperty("stories")[chosen.GetProperty("story").GetInt32()].GetProperty("text").GetString()!;
        var verb = chosen.GetProperty("evidence").GetProperty("verb");
        Assert.Contains(storyText[verb[0].GetInt32()..verb[1].GetInt32()].Split(' ')[0], focused);

        // Another card moves the marks to its own evidence.
        var other = page.Locator("#reader .card").Nth(events.Count - 1);
        await other.Locator("a.evidence").ClickAsync();
        Assert.Equal(await other.GetAttributeAsync("data-event"), await page.Locator("#reader .card.focus").GetAttributeAsync("data-event"));
        await browser.Screenshot("reader", output);

        await page.UncheckAsync("#reader-legend .key-event input");
        Assert.Contains("hide-event", await page.GetAttributeAsync("#reader", "class"));
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForSelectorAsync("#reader", new PageWaitForSelectorOptions { State = WaitForSelectorState.Hidden });
        Assert.Empty(browser.Errors);
    }

    [BrowserFact]
    public async Task Article_text_that_is_markup_is_shown_as_text_and_never_runs()
    {
        await using var browser = await Browser.Open(server);
        var page = browser.Page;

        await page.EvaluateAsync($"import('/reader.js').then(m => m.openReader({JsonSerializer.Serialize(server.HostileId)}))");
        await page.WaitForSelectorAsync("#reader:not([hidden]) .story");

        var text = await page.TextContentAsync("#reader-body");
        Assert.Contains("<script>window.__pwned = 1</script>", text);
        Assert.Contains("<img src=x onerror=", text);
        Assert.Equal(0, await page.Locator("#reader-body script, #reader-body img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
        await browser.Screenshot("hostile-article", output);
    }

    [BrowserFact]
    public async Task The_search_box_lists_matching_stories_and_filters_the_table()
    {
        await using var browser = await Browser.Open(server);
        var page = browser.Page;

        await page.FillAsync("#search-q", "phosphate");
        await page.PressAsync("#search-q", "Enter");
        await page.WaitForSelectorAsync("#search-results:not([hidden]) li");
        await browser.Settled();

        Assert.Equal(1, await page.Locator("#search-hits li").CountAsync());
        Assert.Equal("phosphate", (await page.TextContentAsync("#search-hits mark"))?.ToLowerInvariant());
        Assert.Equal(await Total("q=phosphate"), await ShownTotal(page));
        await page.ClickAsync("#search-hits button");
        await page.WaitForSelectorAsync("#reader:not([hidden]) .story");
        Assert.Empty(browser.Errors);
    }
}
