using System.Diagnostics;
using Chronicle.Tagging;
using Chronicle.Text;

namespace Chronicle.Bench;

/// <summary>
/// Time spent in each stage of tagging on one thread: <c>tagger FILE</c> splits the plain text into
/// paragraphs (blank lines), then tokenizes, POS-tags and entity-tags every paragraph, and prints
/// tokens/s for each stage and for the three together (also per second of the process's CPU time), with the model load time. <c>tagger FILE PASSES</c>
/// runs that many passes over the text (default 2); the first one warms up the JIT and the caches.
/// </summary>
internal static class TaggerBench
{
    public static int Run(string[] args)
    {
        var passes = 2;
        if (args.Length is < 1 or > 2 || (args.Length == 2 && !int.TryParse(args[1], out passes)))
        {
            Console.Error.WriteLine("usage: Chronicle.Bench tagger FILE [PASSES]");
            return 2;
        }

        var paragraphs = TextNormalizer.Normalize(File.ReadAllText(args[0])).Text
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var load = Stopwatch.StartNew();
        var pos = new PosTagger(ModelCatalog.Load("pos"));
        var ner = new EntityRecognizer(ModelCatalog.Load("ontonotes"));
        _ = Gazetteer.Default.Lists;
        load.Stop();
        var tokenizer = new TokenizerAnnotator();

        for (var pass = 0; pass < passes; pass++)
        {
            var timers = new[] { new Stopwatch(), new Stopwatch(), new Stopwatch() };
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long tokens = 0;
            foreach (var paragraph in paragraphs)
            {
                var doc = new Doc(paragraph);
                Time(timers[0], () => tokenizer.Annotate(doc));
                Time(timers[1], () => pos.Annotate(doc));
                Time(timers[2], () => ner.Annotate(doc));
                tokens += doc.Tokens.Count;
            }

            var total = timers.Sum(t => t.Elapsed.TotalSeconds);
            // On a shared machine the wall clock also counts time the thread waited for the core; the CPU time does not.
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine($"pass {pass + 1}: {tokens} tokens; tokenize {Rate(tokens, timers[0])}, pos {Rate(tokens, timers[1])}, ner {Rate(tokens, timers[2])}, all {tokens / total:N0} tokens/s ({tokens / cpuSeconds:N0} per CPU second); models loaded in {load.Elapsed.TotalSeconds:F2} s");
        }

        return 0;
    }

    private static void Time(Stopwatch timer, Action action)
    {
        timer.Start();
        action();
        timer.Stop();
    }

    private static string Rate(long tokens, Stopwatch timer) => $"{tokens / timer.Elapsed.TotalSeconds:N0}/s";
}
