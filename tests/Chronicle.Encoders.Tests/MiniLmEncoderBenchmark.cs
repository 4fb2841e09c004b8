using System.Diagnostics;
using Chronicle.Encoders;
using Xunit.Abstractions;

namespace Chronicle.Encoders.Tests;

/// <summary>
/// Throughput of <see cref="MiniLmEncoder"/> on generated news-like sentences. Does nothing unless
/// CHRONICLE_ENCODER_BENCH=1; run it with
/// <c>CHRONICLE_ENCODER_BENCH=1 dotnet test tests/Chronicle.Encoders.Tests -c Release --filter MiniLmEncoderBenchmark --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class MiniLmEncoderBenchmark(ITestOutputHelper output)
{
    private static readonly string[] Subjects =
    [
        "The government", "Officials in Brussels", "The central bank", "Rescue workers", "Protesters", "The company",
        "Prime Minister Keir Starmer", "A spokesman for the ministry", "Police in Lagos", "The United Nations",
        "Shareholders of Volkswagen", "Ukrainian forces", "The opposition leader", "Doctors at the hospital",
    ];

    private static readonly string[] Verbs =
    [
        "said on Tuesday that", "announced", "warned that", "confirmed", "rejected claims that", "denied that",
        "reported that", "agreed to", "called for", "postponed",
    ];

    private static readonly string[] Middles =
    [
        "talks with the rebels would resume next week in Doha", "interest rates would stay at 4.5 per cent",
        "at least 23 people were killed when a bus crashed near the border", "the deal was worth $1.2 billion",
        "an investigation into the fire had been opened", "fuel prices rose sharply after the attack",
        "the election would be held in March despite the floods", "hundreds of homes were destroyed by the storm",
        "exports to China fell for the third month in a row", "the vaccine would be offered to all adults",
    ];

    private static readonly string[] Tails =
    [
        ", according to a statement released late on Monday", "after weeks of negotiations",
        ", citing people familiar with the matter", "amid growing pressure from the European Union",
        "despite objections from the opposition", ", the agency said", "in a move that surprised analysts",
        ", although no timetable was given", "",
    ];

    public static string[][] Sentences(int count, int seed = 7)
    {
        var random = new Random(seed);
        string Pick(string[] xs) => xs[random.Next(xs.Length)];
        var sentences = new string[count][];
        for (var i = 0; i < count; i++)
        {
            var text = $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Middles)} {Pick(Tails)}";
            if (random.Next(2) == 0)
                text += $" and {Pick(Middles)} {Pick(Tails)}";
            sentences[i] = (text.Replace(" ,", " , ", StringComparison.Ordinal) + " .")
                .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }

        return sentences;
    }

    [Fact]
    public void MeasureThroughput()
    {
        if (Environment.GetEnvironmentVariable("CHRONICLE_ENCODER_BENCH") != "1")
            return;

        var clock = Stopwatch.StartNew();
        using var encoder = new MiniLmEncoder(intraOpThreads: 2);
        output.WriteLine($"load: {clock.Elapsed.TotalSeconds:F2} s");

        var sentences = Sentences(2000);
        var words = sentences.Sum(s => s.Length);
        var pieces = sentences.Sum(s => s.Sum(w => encoder.WordPieces(w).Count));
        output.WriteLine($"{sentences.Length} sentences, {words} words (mean {(double)words / sentences.Length:F1}), {pieces} word pieces");

        encoder.Encode(sentences.Take(64).ToArray()); // warm-up

        var vectors = new List<float[]>();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        clock.Restart();
        encoder.Encode(sentences, vectors);
        Report("one call of 2,000", clock.Elapsed.TotalSeconds);

        clock.Restart();
        for (var i = 0; i < sentences.Length; i += 30)
            encoder.Encode(sentences.Skip(i).Take(30).ToArray(), vectors);
        Report("calls of 30 sentences", clock.Elapsed.TotalSeconds);

        // CPU time as well: on a shared machine wall time depends on the neighbours, CPU time much less.
        void Report(string what, double seconds)
        {
            process.Refresh();
            var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            cpu = process.TotalProcessorTime;
            output.WriteLine(
                $"{what}: {seconds:F2} s wall, {sentences.Length / seconds:F0} sentences/s, {words / seconds:F0} words/s; "
                + $"{cpuSeconds:F2} CPU-s ({sentences.Length / cpuSeconds:F0} sentences per CPU-s, {words / cpuSeconds:F0} words per CPU-s)");
        }
    }
}
