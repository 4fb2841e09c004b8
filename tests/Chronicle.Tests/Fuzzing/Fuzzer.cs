using System.Globalization;

namespace Chronicle.Tests.Fuzzing;

/// <summary>
/// Runs a target over generated inputs, deterministically: case N is made from seed N alone. Each input
/// runs on a thread of its own under a deadline (a hang fails the test instead of stalling it) and has its
/// allocations counted. A target signals a bad outcome by throwing; the failure names the seed and the
/// recipe, and saves the input so it can be opened and replayed.
/// </summary>
/// <remarks>
/// CHRONICLE_FUZZ_SEED=N replays one case; CHRONICLE_FUZZ_CASES=N runs more (or fewer) cases than the
/// limits say, for a longer search than CI affords.
/// </remarks>
internal static class Fuzzer
{
    public static void Run(string name, IReadOnlyList<byte[]> corpus, FuzzLimits limits, Action<byte[], CancellationToken> target) =>
        Run(name, corpus, Mutations.All, limits, target);

    public static void Run(string name, IReadOnlyList<byte[]> corpus, IReadOnlyList<Mutation> mutations, FuzzLimits limits, Action<byte[], CancellationToken> target)
    {
        // The unmutated corpus first: it must pass as it stands, and it warms up what the target loads once
        // (caches, code the JIT compiles), which would otherwise be charged to the first cases' time and allocations.
        var warmUp = limits with { Timeout = limits.Timeout * 6, BaseAllocation = long.MaxValue / 2 };
        for (var i = 0; i < corpus.Count; i++)
        {
            if (RunOne(new FuzzCase(-1, $"corpus input {i}, unmutated", corpus[i]), warmUp, target) is { } failure)
                Assert.Fail($"{name}: {failure}");
        }

        foreach (var seed in Seeds(limits))
        {
            var fuzzCase = FuzzCase.Generate(seed, corpus, mutations, limits.MaxInputBytes);
            if (RunOne(fuzzCase, limits, target) is { } failure)
                Assert.Fail($"{name}: {failure} Input saved to {Save(name, fuzzCase)}; replay it with CHRONICLE_FUZZ_SEED={seed}.");
        }
    }

    private static IEnumerable<int> Seeds(FuzzLimits limits)
    {
        if (Number("CHRONICLE_FUZZ_SEED") is { } only)
            return [only];
        return Enumerable.Range(0, Number("CHRONICLE_FUZZ_CASES") ?? limits.Cases);
    }

    /// <summary>Why the case failed, or null when the target took it in its stride.</summary>
    private static string? RunOne(FuzzCase fuzzCase, FuzzLimits limits, Action<byte[], CancellationToken> target)
    {
        var describe = $"seed {fuzzCase.Seed} ({fuzzCase.Recipe}; {fuzzCase.Input.Length:N0} bytes)";
        using var deadline = new CancellationTokenSource();
        // A thread of its own, with the default stack of a secondary thread: a hang cannot starve the pool,
        // and recursion that only a main thread's larger stack survives is caught here.
        var run = Task.Factory.StartNew(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            target(fuzzCase.Input, deadline.Token);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }, deadline.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            if (!run.Wait(limits.Timeout))
            {
                deadline.Cancel();
                return $"{describe} did not finish within {limits.Timeout.TotalSeconds:0} s (a hang, or a cost out of all proportion to the input).";
            }
        }
        catch (AggregateException e)
        {
            return $"{describe} failed: {e.InnerException}";
        }

        var cap = limits.AllocationCap(fuzzCase.Input.Length);
        return run.Result > cap ? $"{describe} allocated {run.Result:N0} bytes, over the cap of {cap:N0}." : null;
    }

    private static string Save(string name, FuzzCase fuzzCase)
    {
        var folder = Path.Join(Path.GetTempPath(), "chronicle-fuzz");
        Directory.CreateDirectory(folder);
        var path = Path.Join(folder, $"{string.Concat(name.Where(char.IsAsciiLetterOrDigit))}-{fuzzCase.Seed}.bin");
        File.WriteAllBytes(path, fuzzCase.Input);
        return path;
    }

    private static int? Number(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
