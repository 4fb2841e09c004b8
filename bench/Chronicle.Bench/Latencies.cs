using System.Globalization;

namespace Chronicle.Bench;

/// <summary>Request latencies in milliseconds, reported as percentiles (nearest rank).</summary>
internal static class Latencies
{
    public static double Percentile(List<double> sorted, double q) =>
        sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(q * sorted.Count) - 1))];

    /// <summary>Prints one line: count, p50, p95, p99 and max; sorts <paramref name="milliseconds"/>.</summary>
    public static void Report(string what, List<double> milliseconds, string suffix = "")
    {
        if (milliseconds.Count == 0)
        {
            Console.WriteLine($"{what,-45} n=    0{suffix}");
            return;
        }

        milliseconds.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-45} n={milliseconds.Count,5}  p50 {Percentile(milliseconds, 0.50),7:F1} ms  p95 {Percentile(milliseconds, 0.95),7:F1} ms  p99 {Percentile(milliseconds, 0.99),7:F1} ms  max {milliseconds[^1],7:F1} ms{suffix}"));
    }
}
