using System.Diagnostics;
using System.Globalization;
using Chronicle.Storage;
using Chronicle.Web.Hosting;

namespace Chronicle.Bench;

/// <summary>
/// The analyst's desk under a bounded loopback load: a synthetic store of N events (built through the
/// real writer when the file is missing or the PostgreSQL database empty), a real server on 127.0.0.1, and C clients sending R requests in
/// all. Measures the latency of filtered pages of 100 events (with their total), and of the set of
/// requests the UI makes on its first load (page, scripts, outline map, events, charts, facets).
/// </summary>
internal static class DeskBench
{
    private static readonly string[] PageFilters =
    [
        "country=IRN", "country=SAU&quad=4", "actor=IRQMIL", "actor=Iranian", "cameo=19", "quad=1&from=2024-01-01&to=2024-06-30", "plover=CONSULT",
        "source=USAGOV", "actor=Iranian&sort=conflict", "country=RUS&offset=500", "q=ceasefire",
    ];

    private static readonly string[] FirstLoad =
    [
        "/", "/app.js", "/api.js", "/dom.js", "/timeline.js", "/network.js", "/map.js", "/reader.js", "/search.js", "/app.css", "/world-110m.json",
        "/api/events?sort=newest&offset=0&limit=100", "/api/stats/timeline", "/api/stats/dyads?limit=40", "/api/stats/places", "/api/stats/facets", "/api/actors?limit=15",
    ];

    public static int Run(string[] args)
    {
        var options = Options.Parse(args);
        var name = ArticleStores.Redacted(options.Db);
        if (!ArticleStores.MayExist(options.Db) || IsEmpty(options.Db))
        {
            var build = Stopwatch.StartNew();
            SyntheticStore.Build(options.Db, options.Events, Console.WriteLine);
            Console.WriteLine($"built {name} in {build.Elapsed.TotalSeconds:F1} s");
        }

        using (var store = ArticleStores.Open(options.Db))
        {
            var size = ArticleStores.IsServerUrl(options.Db) ? "" : $", {new FileInfo(options.Db).Length / 1e6:F0} MB";
            Console.WriteLine($"store: {name}, {store.CountEvents(new EventQuery()):N0} events{size}");
        }

        return Measure(options).GetAwaiter().GetResult();
    }

    private static async Task<int> Measure(Options options)
    {
        await using var server = await ChronicleServer.StartAsync(new ServerOptions { DbPath = options.Db, Urls = "http://127.0.0.1:0" });
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency }) { BaseAddress = server.Address };
        Console.WriteLine($"server: {server.Address}, {options.Concurrency} clients, {Environment.ProcessorCount} cores (clients and server share them)");

        // Warm-up: every filter and the first-load set once, so JIT and the database's page cache are not measured.
        foreach (var path in PageFilters.Select(Page).Concat(FirstLoad))
            await Fetch(client, path);

        // CPU time per request (server and clients together, one process) says what the machine's load hides.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var pages = await Load(client, options.Requests, options.Concurrency, i => [Page(PageFilters[i % PageFilters.Length])]);
        var perRequest = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / pages.Count;
        Latencies.Report("filtered page of 100 events + total", pages);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  CPU per page request (server + client): {perRequest:F1} ms; load average at the end: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        foreach (var filter in PageFilters)
        {
            var one = await Load(client, Math.Max(20, options.Requests / 20), options.Concurrency, _ => [Page(filter)]);
            Latencies.Report("  " + filter, one);
        }

        // A first load is the browser's set of requests, six at a time as browsers open connections.
        var loads = new List<double>();
        for (var i = 0; i < options.FirstLoads; i++)
        {
            var clock = Stopwatch.StartNew();
            await Load(client, FirstLoad.Length, 6, n => [FirstLoad[n]]);
            loads.Add(clock.Elapsed.TotalMilliseconds);
        }

        Latencies.Report("first load (17 requests, 6 at a time)", loads);
        return 0;
    }

    private static string Page(string filter) => "/api/events?limit=100&" + filter;

    private static bool IsEmpty(string db)
    {
        using var store = ArticleStores.Open(db);
        return store.CountEvents(new EventQuery { Limit = 1 }) == 0;
    }

    /// <summary>Sends <paramref name="count"/> requests from <paramref name="concurrency"/> clients, each waiting for its answer before the next: the load is bounded.</summary>
    private static async Task<List<double>> Load(HttpClient client, int count, int concurrency, Func<int, string[]> paths)
    {
        var latencies = new List<double>(count);
        var next = -1;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                foreach (var path in paths(i))
                {
                    var clock = Stopwatch.StartNew();
                    await Fetch(client, path);
                    lock (latencies)
                        latencies.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        });
        await Task.WhenAll(workers);
        return latencies;
    }

    private static async Task Fetch(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    private sealed record Options(string Db, int Events, int Requests, int Concurrency, int FirstLoads)
    {
        public static Options Parse(string[] args)
        {
            var options = new Options(Path.Combine(Path.GetTempPath(), "chronicle-desk-100k.db"), 100_000, 2000, 4, 30);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                var value = args[i + 1];
                options = args[i] switch
                {
                    "--db" => options with { Db = value },
                    "--events" => options with { Events = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--requests" => options with { Requests = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--concurrency" => options with { Concurrency = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--first-loads" => options with { FirstLoads = int.Parse(value, CultureInfo.InvariantCulture) },
                    _ => throw new ArgumentException($"unknown option {args[i]}; expected --db, --events, --requests, --concurrency, --first-loads"),
                };
            }

            return options;
        }
    }
}
