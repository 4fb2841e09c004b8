using System.Diagnostics;
using Chronicle.Tagging;
using Chronicle.Text;
using Chronicle.Time;

namespace Chronicle.Bench;

/// <summary>
/// The time annotator alone: <c>timex FILE [PASSES]</c> tokenizes and POS-tags each paragraph of FILE
/// once, then runs the time annotator over copies of those tagged paragraphs on one thread, once to warm
/// up and PASSES more times (default 3), and prints sentences per second of wall time and of CPU time.
/// </summary>
internal static class TimexBench
{
    public static int Run(string[] args)
    {
        if (args.Length is < 1 or > 2)
        {
            Console.Error.WriteLine("usage: Chronicle.Bench timex FILE [PASSES]");
            return 2;
        }

        var passes = args.Length == 2 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var tokenizer = new TokenizerAnnotator();
        var tagger = new PosTagger(ModelCatalog.Load("pos"));
        var tagged = File.ReadAllText(args[0])
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(text =>
            {
                var doc = new Doc(text, new DateOnly(2024, 1, 1));
                tokenizer.Annotate(doc);
                tagger.Annotate(doc);
                return doc;
            })
            .ToList();
        var load = Stopwatch.StartNew();
        var timex = new TimexAnnotator();
        timex.Annotate(new Doc("", null));
        load.Stop();
        var sentences = tagged.Sum(d => d.Sentences.Count);
        Console.WriteLine($"{tagged.Count:N0} paragraphs, {sentences:N0} sentences; rules loaded in {load.Elapsed.TotalMilliseconds:F0} ms");
        for (var pass = 0; pass <= passes; pass++)
        {
            // Layers are set once: each pass annotates fresh copies, made before the clock starts.
            var copies = tagged.Select(Copy).ToList();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            long found = 0;
            foreach (var doc in copies)
            {
                timex.Annotate(doc);
                found += doc.TimeExpressions.Count;
            }

            clock.Stop();
            var seconds = clock.Elapsed.TotalSeconds;
            // On a shared machine wall time counts the waits for the core; CPU time does not.
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine($"{(pass == 0 ? "warm-up" : $"pass {pass}")}: {found:N0} time expressions in {seconds * 1000:F0} ms: {sentences / seconds:N0} sentences/s, {sentences / cpuSeconds:N0} per CPU second");
        }

        return 0;
    }

    private static Doc Copy(Doc doc)
    {
        var copy = new Doc(doc.Text, doc.Date);
        copy.SetTokens([.. doc.Tokens]);
        copy.SetSentences([.. doc.Sentences]);
        copy.SetPosTags([.. doc.PosTags]);
        return copy;
    }
}
