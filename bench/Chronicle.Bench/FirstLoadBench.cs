using System.Globalization;
using Chronicle.Web.Hosting;
using Microsoft.Playwright;

namespace Chronicle.Bench;

/// <summary>
/// The desk's first page load in a real browser (Debian's chromium through Playwright): the store of
/// <see cref="DeskBench"/>, a server on 127.0.0.1, and R loads after a first one, each in a new browser context (no browser cache),
/// timed from navigation start until the page marks that every panel is drawn (table, timeline, network, map,
/// facets, actors), as the page's own clock reads it. The first load is reported apart: it is the one
/// that finds the server's <see cref="Chronicle.Web.Hosting.AggregateCache"/> empty. With a trace file, the last
/// load is recorded as a Chrome trace (chrome://tracing or Perfetto reads it; <c>bench/trace-summary.py</c> sums it).
/// </summary>
internal static class FirstLoadBench
{
    private const string Chromium = "/usr/bin/chromium";

    // Every request of the load in the order it was sent: when it started and when its answer ended.
    private const string Requests = """
        performance.getEntriesByType('resource')
          .sort((a, b) => a.startTime - b.startTime)
          .map(r => new URL(r.name).pathname.replace(/^.*\//, '') + ' ' + Math.round(r.startTime) + '-' + Math.round(r.responseEnd)).join(', ')
        """;

    // The page's mark for "every panel drawn", waited for inside the page without polling (a buffered
    // observer sees it whether it came before or after this runs). Playwright's WaitForSelector evaluates its
    // injected script in the page and queries the page again on every frame, on the main thread the load
    // runs on: about 45 ms of that thread's CPU time a load in a local trace, charged to the page.
    private const string Drawn = """
        () => new Promise(resolve => new PerformanceObserver((list, observer) => {
          const mark = list.getEntriesByName('chronicle-drawn')[0];
          if (mark) { observer.disconnect(); resolve(mark.startTime); }
        }).observe({ type: 'mark', buffered: true }))
        """;

    // How much the page builds: elements in all, and in each panel.
    private const string Elements = """
        ['body', '#events tbody', '#timeline', '#network', '#map', '.filters']
          .map(s => s + ' ' + document.querySelector(s).getElementsByTagName('*').length).join(', ')
        """;

    // The page's own performance.measure spans, if it has any (none in the desk as committed: a build timing its
    // parts adds them, and they print here).
    private const string Measures = """
        performance.getEntriesByType('measure').map(m => m.name + ' ' + m.duration.toFixed(1)).join(', ')
        """;

    public static int Run(string[] args)
    {
        var db = Path.Combine(Path.GetTempPath(), "chronicle-desk-100k.db");
        var runs = 10;
        string? trace = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--db")
                db = args[i + 1];
            else if (args[i] == "--runs")
                runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--trace")
                trace = args[i + 1];
            else
                throw new ArgumentException($"unknown option {args[i]}; expected --db, --runs, --trace");
        }

        if (!File.Exists(Chromium) || !File.Exists(db))
        {
            Console.Error.WriteLine($"needs {Chromium} and the store {db} (bench `store --db {db}` builds it)");
            return 1;
        }

        return Measure(db, runs, trace).GetAwaiter().GetResult();
    }

    private static async Task<int> Measure(string db, int runs, string? trace)
    {
        await using var server = await ChronicleServer.StartAsync(new ServerOptions { DbPath = db, Urls = "http://127.0.0.1:0" });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
        });
        Console.WriteLine($"server: {server.Address}; chromium {browser.Version}; {runs} loads after one to warm the server, each in a new context (empty cache)");

        var loads = new List<double>();
        var breakdown = new Dictionary<string, List<double>>();
        for (var run = 0; run <= runs; run++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(30_000);
            var cdp = await context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Performance.enable");
            var tracing = trace is not null && run == runs;
            var recorder = tracing ? await TraceRecorder.StartAsync(cdp) : null;
            await page.GotoAsync(server.Address.ToString());
            var drawn = await page.EvaluateAsync<double>(Drawn);
            if (recorder is not null)
                await recorder.StopAndSaveAsync(trace!);
            if (run > 0)
                AddBreakdown(breakdown, await cdp.SendAsync("Performance.getMetrics"));
            if (run > 0)
                loads.Add(drawn);
            else
                Console.WriteLine($"the first load after the server started (cold: nothing counted yet): {drawn:F0} ms");
            if (run == runs)
                Console.WriteLine("last load, elements under: " + await page.EvaluateAsync<string>(Elements));
            if (await page.EvaluateAsync<string>(Measures) is { Length: > 0 } measures)
                Console.WriteLine("the page's measures (ms): " + measures);
            if (run == runs)
                Console.WriteLine("last load, its requests (ms from navigation start, sent-answered): " + await page.EvaluateAsync<string>(Requests));
        }

        Latencies.Report("first load in chromium, until every panel is drawn", loads);
        Console.WriteLine("the renderer's main thread per load, median ms (CDP Performance metrics, up to a moment after the mark): " +
            string.Join(", ", breakdown.Select(m => $"{m.Key} {Median(m.Value) * 1000:F0}")));
        return 0;
    }

    // Where the page's time goes: running scripts, style, layout, and all the main thread's tasks together.
    private static readonly string[] Metrics = ["TaskDuration", "ScriptDuration", "RecalcStyleDuration", "LayoutDuration"];

    private static void AddBreakdown(Dictionary<string, List<double>> breakdown, System.Text.Json.JsonElement? answer)
    {
        foreach (var metric in answer!.Value.GetProperty("metrics").EnumerateArray())
        {
            var name = metric.GetProperty("name").GetString()!;
            if (Metrics.Contains(name))
                (breakdown.TryGetValue(name, out var values) ? values : breakdown[name] = []).Add(metric.GetProperty("value").GetDouble());
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
