using System.Diagnostics;
using Chronicle.Articles;
using Chronicle.Pipeline;

namespace Chronicle.Bench;

/// <summary>
/// The whole pipeline on raw text, as `chronicle extract` runs it: <c>pipeline FILE [PASSES]</c> cuts
/// the text into articles at blank lines, then analyzes them all on every core (tokens, POS, entities,
/// time expressions, actors, places, quotes, events) once to warm up and PASSES more times (default 2), and prints articles, sentences,
/// actor mentions and events per second of wall time.
/// </summary>
internal static class PipelineBench
{
    public static int Run(string[] args)
    {
        if (args.Length is < 1 or > 2)
        {
            Console.Error.WriteLine("usage: Chronicle.Bench pipeline FILE [PASSES]");
            return 2;
        }

        var passes = args.Length == 2 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2;
        var articles = File.ReadAllText(args[0])
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((text, i) => ReadResult.Of(new RawArticle { Id = $"a{i}", Text = "\n" + text, Date = new DateOnly(2024, 1, 1), Location = new InputLocation(args[0], i) }))
            .ToList();
        var load = Stopwatch.StartNew();
        var pipeline = ArticlePipeline.CreateDefault();
        load.Stop();
        Console.WriteLine($"{articles.Count:N0} articles; pipeline loaded in {load.Elapsed.TotalSeconds:F2} s; {Environment.ProcessorCount} cores");
        for (var pass = 0; pass <= passes; pass++)
        {
            var clock = Stopwatch.StartNew();
            long sentences = 0, actors = 0, events = 0;
            foreach (var result in pipeline.AnalyzeAll(articles))
            {
                foreach (var story in result.Article!.Stories)
                {
                    sentences += story.Doc.Sentences.Count;
                    actors += story.Doc.Actors.Count;
                    events += story.Doc.Events.Count;
                }
            }

            clock.Stop();
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"{(pass == 0 ? "warm-up" : $"pass {pass}")}: {sentences:N0} sentences, {actors:N0} actor mentions, {events:N0} events in {seconds:F2} s: {sentences / seconds:N0} sentences/s, {articles.Count / seconds:N0} articles/s");
        }

        return 0;
    }
}
