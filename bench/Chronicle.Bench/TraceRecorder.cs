using System.Text.Json;
using Microsoft.Playwright;

namespace Chronicle.Bench;

/// <summary>
/// A Chrome trace of one page load over the page's DevTools session (Playwright for .NET has no tracing of
/// its own for Chromium): the events the renderer reports, saved as a trace file chrome://tracing and
/// Perfetto open.
/// </summary>
internal sealed class TraceRecorder
{
    private const string Categories = "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink,loading,toplevel,__metadata";

    private readonly ICDPSession _cdp;
    private readonly List<JsonElement> _events = [];
    private readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TraceRecorder(ICDPSession cdp)
    {
        _cdp = cdp;
        cdp.Event("Tracing.dataCollected").OnEvent += (_, data) =>
        {
            lock (_events)
                _events.AddRange(data!.Value.GetProperty("value").EnumerateArray().Select(e => e.Clone()));
        };
        cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => _complete.TrySetResult();
    }

    public static async Task<TraceRecorder> StartAsync(ICDPSession cdp)
    {
        var recorder = new TraceRecorder(cdp);
        await cdp.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["transferMode"] = "ReportEvents",
            ["traceConfig"] = new Dictionary<string, object> { ["includedCategories"] = Categories.Split(',') },
        });
        return recorder;
    }

    public async Task StopAndSaveAsync(string path)
    {
        await _cdp.SendAsync("Tracing.end");
        await _complete.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await using var file = File.Create(path);
        lock (_events)
            JsonSerializer.Serialize(file, new { traceEvents = _events });
        Console.WriteLine($"trace of the last load: {path} ({_events.Count:N0} events)");
    }
}
