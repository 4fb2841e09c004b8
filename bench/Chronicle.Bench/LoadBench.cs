using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Chronicle.Bench;

/// <summary>
/// A bounded load on a running <c>chronicle serve</c> from a process of its own, for a fixed time: C
/// clients each send a request and wait for its answer, drawing from the mix an analyst's desk makes
/// (filtered event pages, single events, articles, charts, search). With a rate, each client keeps to a
/// schedule and a late request's latency counts from when it should have been sent, so a stall is not
/// hidden by the clients slowing down with the server.
/// </summary>
internal static class LoadBench
{
    private static readonly string[] PageFilters =
    [
        "country=IRN", "country=SAU&quad=4", "actor=IRQMIL", "cameo=19", "quad=1&from=2024-01-01&to=2024-06-30",
        "plover=CONSULT", "source=USAGOV", "country=RUS&offset=500", "sort=conflict&country=TUR", "",
    ];

    private static readonly string[] Charts =
        ["/api/stats/timeline?country=IRQ", "/api/stats/dyads?limit=40&quad=4", "/api/stats/facets?cameo=19", "/api/actors?limit=15&country=SYR"];

    private static readonly string[] Searches = ["ceasefire", "border security", "water rights", "grain exports"];

    public static int Run(string[] args)
    {
        var options = Options.Parse(args);
        return Measure(options).GetAwaiter().GetResult();
    }

    private static async Task<int> Measure(Options options)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency })
        {
            BaseAddress = new Uri(options.Url),
            Timeout = TimeSpan.FromSeconds(10),
        };
        var articles = await Ids(client, "/api/articles?limit=1000", "articles");
        var events = await Ids(client, "/api/events?limit=1000&sort=newest", "events");
        if (articles.Length == 0 || events.Length == 0)
        {
            Console.Error.WriteLine($"{options.Url}: the store has no articles or events to ask for");
            return 1;
        }

        Console.WriteLine($"server: {options.Url}; {options.Concurrency} clients for {options.Duration.TotalSeconds:F0} s after {options.Warmup.TotalSeconds:F0} s of warm-up"
            + (options.Rate is { } r ? $", {r} requests/s in all, on schedule" : ", each sending as soon as its last answer came"));

        var mix = new RequestMix(articles, events);
        await Drive(client, mix, options with { Duration = options.Warmup }, new Tally());
        var tally = new Tally();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Drive(client, mix, options, tally);
        var seconds = clock.Elapsed.TotalSeconds;

        var all = tally.Latencies.Values.SelectMany(l => l).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{all.Count:N0} answered requests in {seconds:F1} s: {all.Count / seconds:F0} requests/s; errors: {tally.ErrorCount}; load generator CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / seconds * 100:F0}% of a core; load average at the end: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        foreach (var (kind, count) in tally.Errors.OrderBy(e => e.Key, StringComparer.Ordinal))
            Console.WriteLine($"  error {kind}: {count}");
        Latencies.Report("all requests", all);
        foreach (var (kind, latencies) in tally.Latencies.OrderBy(e => e.Key, StringComparer.Ordinal))
            Latencies.Report("  " + kind, latencies);
        return tally.ErrorCount == 0 ? 0 : 1;
    }

    private static async Task Drive(HttpClient client, RequestMix mix, Options options, Tally tally)
    {
        var end = Stopwatch.GetTimestamp() + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
        var interval = options.Rate is { } rate ? TimeSpan.FromSeconds(options.Concurrency / rate) : (TimeSpan?)null;
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(async c =>
        {
            var random = new Random(c);
            var due = Stopwatch.GetTimestamp();
            while (Stopwatch.GetTimestamp() < end)
            {
                if (interval is { } step)
                {
                    var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                    if (wait > TimeSpan.Zero)
                        await Task.Delay(wait);
                }
                else
                {
                    due = Stopwatch.GetTimestamp();
                }

                var (kind, path) = mix.Next(random);
                var error = await Send(client, path);
                tally.Add(kind, Stopwatch.GetElapsedTime(due).TotalMilliseconds, error);
                if (interval is { } next)
                    due += (long)(next.TotalSeconds * Stopwatch.Frequency);
            }
        }));
    }

    /// <summary>Sends one GET and reads the whole answer; returns what went wrong, or null.</summary>
    private static async Task<string?> Send(HttpClient client, string path)
    {
        try
        {
            using var response = await client.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (TaskCanceledException)
        {
            return "timeout (10 s)";
        }
        catch (HttpRequestException e)
        {
            return e.HttpRequestError.ToString();
        }
    }

    private static async Task<string[]> Ids(HttpClient client, string path, string listName)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(path));
        var list = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement : document.RootElement.GetProperty(listName);
        return [.. list.EnumerateArray().Select(item => item.GetProperty("id").GetString()!)];
    }

    /// <summary>What the desk asks for, by share: half filtered pages of 100 events, then single records, charts and search.</summary>
    private sealed class RequestMix(string[] articles, string[] events)
    {
        public (string Kind, string Path) Next(Random random) => random.Next(20) switch
        {
            < 10 => ("events page (100 + total)", "/api/events?limit=100&" + PageFilters[random.Next(PageFilters.Length)]),
            < 13 => ("one event", "/api/events/" + Uri.EscapeDataString(events[random.Next(events.Length)])),
            < 15 => ("one article with its layers", "/api/articles/" + Uri.EscapeDataString(articles[random.Next(articles.Length)])),
            < 18 => ("chart (timeline, dyads, facets, actors)", Charts[random.Next(Charts.Length)]),
            _ => ("search", "/api/search?q=" + Uri.EscapeDataString(Searches[random.Next(Searches.Length)])),
        };
    }

    private sealed class Tally
    {
        public Dictionary<string, List<double>> Latencies { get; } = [];

        public Dictionary<string, int> Errors { get; } = [];

        public int ErrorCount { get; private set; }

        public void Add(string kind, double milliseconds, string? error)
        {
            lock (this)
            {
                if (error is not null)
                {
                    Errors[error] = Errors.GetValueOrDefault(error) + 1;
                    ErrorCount++;
                    return;
                }

                if (!Latencies.TryGetValue(kind, out var list))
                    Latencies[kind] = list = [];
                list.Add(milliseconds);
            }
        }
    }

    private sealed record Options(string Url, TimeSpan Duration, TimeSpan Warmup, int Concurrency, double? Rate)
    {
        public static Options Parse(string[] args)
        {
            var options = new Options("http://127.0.0.1:5080", TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(5), 4, null);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                var value = args[i + 1];
                options = args[i] switch
                {
                    "--url" => options with { Url = value },
                    "--duration" => options with { Duration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                    "--warmup" => options with { Warmup = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                    "--concurrency" => options with { Concurrency = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--rate" => options with { Rate = double.Parse(value, CultureInfo.InvariantCulture) },
                    _ => throw new ArgumentException($"unknown option {args[i]}; expected --url, --duration, --warmup, --concurrency, --rate"),
                };
            }

            return options;
        }
    }
}
