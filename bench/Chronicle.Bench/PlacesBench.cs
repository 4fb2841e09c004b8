using System.Diagnostics;
using Chronicle.Places;

namespace Chronicle.Bench;

/// <summary>
/// <c>places [RUNS]</c>: loads the built-in gazetteer (data/places, embedded) from scratch RUNS times
/// (default 5) on one thread, and prints each load's wall time, the process's CPU time for it, and the
/// places and name keys loaded. The first run includes the JIT compiling the loader.
/// </summary>
internal static class PlacesBench
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 0 && int.TryParse(args[0], out var n) && n > 0 ? n : 5;
        var process = Process.GetCurrentProcess();
        for (var run = 1; run <= runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var gazetteer = Gazetteer.ReadBuiltIn();
            clock.Stop();
            process.Refresh();
            Console.WriteLine($"load {run}: {clock.Elapsed.TotalSeconds:F3} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:F3} s CPU; "
                + $"{gazetteer.Places.Count:N0} places, {gazetteer.NameCount:N0} name keys; managed heap {GC.GetTotalMemory(false) / (1 << 20):N0} MB");
        }

        return 0;
    }
}
