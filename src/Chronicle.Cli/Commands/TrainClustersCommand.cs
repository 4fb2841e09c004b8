using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Chronicle.Clustering;
using Chronicle.Tagging;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle train clusters`: word clusters from unlabelled text, for the entity models' cluster features.</summary>
internal static class TrainClustersCommand
{
    public static Command Create(CliConsole console)
    {
        var text = new Option<string[]>("--text") { Description = "Text to cluster: CoNLL-style files (token first; .gz) or the GMB CSV (.csv, .csv.zip); labels are ignored.", Required = true, HelpName = "FILE", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Where to write the cluster file (word, its class at each granularity, its count).", Required = true, HelpName = "FILE" };
        var clusters = new Option<int[]>("--clusters") { Description = "Classes at each granularity, coarsest first.", DefaultValueFactory = _ => [64, 256, 1024], HelpName = "N", AllowMultipleArgumentsPerToken = true };
        var minCount = new Option<int>("--min-count") { Description = "Leave out words seen fewer times than this.", DefaultValueFactory = _ => 3 };
        var iterations = new Option<int>("--iterations") { Description = "Most exchange passes over the words at each granularity.", DefaultValueFactory = _ => 15 };
        var seed = new Option<int>("--seed") { Description = "Seed of the order words are visited in: the same seed gives the same file.", DefaultValueFactory = _ => 1 };
        var command = new Command("clusters", CommonOptions.Describe(
            "Cluster words by the exchange algorithm (class-bigram likelihood), at one or more granularities.",
            "chronicle train clusters --text ../shared/data/ner/ontonotes5/onto.train.bio.gz ../shared/data/ner/conll2003/eng.train --out data/clusters/news.tsv"));
        command.Add(text);
        command.Add(output);
        command.Add(clusters);
        command.Add(minCount);
        command.Add(iterations);
        command.Add(seed);
        command.SetAction(parse =>
        {
            var counts = parse.GetValue(clusters)!;
            if (counts.Length is 0 or > WordClusters.MaxLevels || counts.Any(c => c is < 2 or > 65_000) || parse.GetValue(minCount) < 1)
            {
                console.ReportError($"train clusters: give 1 to {WordClusters.MaxLevels} class counts from 2 to 65000, and a --min-count of at least 1");
                return 1;
            }

            var clock = Stopwatch.StartNew();
            var files = parse.GetValue(text)!;
            var corpus = ClusterCorpus.Build(files.SelectMany(ClusterText.ReadSentences), parse.GetValue(minCount));
            console.Note($"train clusters: {corpus.Sequence.Count} tokens, {corpus.Size - 2} words seen at least {parse.GetValue(minCount)} times");
            var classes = counts.Select(k => new ExchangeClustering(k, parse.GetValue(iterations), parse.GetValue(seed), console.Note).Cluster(corpus)).ToList();

            // The markers for sentence breaks and rare words are not words: they are left out of the file.
            var header = string.Create(CultureInfo.InvariantCulture,
                $"exchange clusters at {string.Join(' ', counts)} classes; words seen at least {parse.GetValue(minCount)} times in {string.Join(' ', files.Select(Path.GetFileName))}; seed {parse.GetValue(seed)}; columns: word, class at each granularity, count");
            WordClusters.Write(parse.GetValue(output)!, header, corpus.Words.Skip(2).ToList(), corpus.Counts.Skip(2).ToList(), [.. classes.Select(c => c[2..])]);
            console.Note($"train clusters: {corpus.Size - 2} words, {clock.Elapsed.TotalSeconds:F0} s -> {parse.GetValue(output)}");
            return 0;
        });
        return command;
    }
}
