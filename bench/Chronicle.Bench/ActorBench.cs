using System.Diagnostics;
using Chronicle.Actors;
using Chronicle.Actors.Petrarch;
using Chronicle.Tagging;
using Chronicle.Text;

namespace Chronicle.Bench;

/// <summary>
/// The actor coder's costs on one thread: <c>actors FILE [DICTIONARY-DIR]</c> times building the built-in
/// actor knowledge and (given a folder) loading PETRARCH dictionaries over it, each three times from
/// scratch; then tags every paragraph of FILE (tokenize, POS, NER) and codes its actors, twice, and
/// prints the actor coder's time beside the tagging time.
/// </summary>
internal static class ActorBench
{
    private const int LoadRuns = 3;

    public static int Run(string[] args)
    {
        if (args.Length is < 1 or > 2)
        {
            Console.Error.WriteLine("usage: Chronicle.Bench actors FILE [DICTIONARY-DIR]");
            return 2;
        }

        for (var run = 0; run < LoadRuns; run++)
        {
            var builtIn = Stopwatch.StartNew();
            var lexicon = new ActorLexiconBuilder().AddBuiltIn().Build();
            builtIn.Stop();
            var line = $"load {run + 1}: built-in knowledge {builtIn.Elapsed.TotalSeconds:F2} s ({lexicon.Names.Count:N0} names, {lexicon.Terms.Count:N0} sector phrases)";
            if (args.Length == 2)
            {
                var petrarch = Stopwatch.StartNew();
                var withDictionaries = PetrarchDictionaries.LoadOverBuiltIn(args[1], out var import);
                petrarch.Stop();
                line += $"; built-in + dictionaries {petrarch.Elapsed.TotalSeconds:F2} s ({import.Actors:N0} actors, {import.Agents:N0} agents, {import.Discards:N0} discards, {withDictionaries.Names.Count:N0} names)";
            }

            Console.WriteLine(line);
        }

        var paragraphs = TextNormalizer.Normalize(File.ReadAllText(args[0])).Text
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var tokenizer = new TokenizerAnnotator();
        var pos = new PosTagger(ModelCatalog.Load("pos"));
        var ner = new EntityRecognizer(ModelCatalog.Load("ontonotes"));
        var actors = new ActorCoder(ActorLexicon.BuiltIn);
        for (var pass = 0; pass < 2; pass++)
        {
            var (tagging, coding) = (new Stopwatch(), new Stopwatch());
            long tokens = 0, mentions = 0, coded = 0;
            foreach (var paragraph in paragraphs)
            {
                var doc = new Doc(paragraph);
                tagging.Start();
                tokenizer.Annotate(doc);
                pos.Annotate(doc);
                ner.Annotate(doc);
                tagging.Stop();
                coding.Start();
                actors.Annotate(doc);
                coding.Stop();
                tokens += doc.Tokens.Count;
                mentions += doc.Actors.Count;
                coded += doc.Actors.Count(a => a.Code is not null);
            }

            Console.WriteLine($"pass {pass + 1}: {tokens:N0} tokens, {mentions:N0} actor mentions ({coded:N0} coded); tagging {tokens / tagging.Elapsed.TotalSeconds:N0} tokens/s, "
                + $"actors {tokens / coding.Elapsed.TotalSeconds:N0} tokens/s: actor coding adds {100 * coding.Elapsed.TotalSeconds / tagging.Elapsed.TotalSeconds:F1}% to tagging time");
        }

        return 0;
    }
}
