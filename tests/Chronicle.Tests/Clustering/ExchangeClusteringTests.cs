using Chronicle.Clustering;

namespace Chronicle.Tests.Clustering;

public sealed class ExchangeClusteringTests
{
    private static readonly string[] Determiners = ["the", "a", "this", "that"];
    private static readonly string[] Animals = ["cat", "dog", "cow", "pig"];
    private static readonly string[] Verbs = ["sat", "ran", "ate", "slept"];

    /// <summary>Sentences "determiner animal verb", words drawn at random: each group shares its contexts.</summary>
    private static ClusterCorpus ThreeGroups(int sentences = 400)
    {
        var random = new Random(5);
        var text = Enumerable.Range(0, sentences)
            .Select(_ => (IReadOnlyList<string>)[Determiners[random.Next(4)], Animals[random.Next(4)], Verbs[random.Next(4)]]);
        return ClusterCorpus.Build(text, minCount: 1);
    }

    private static int ClassOf(ClusterCorpus corpus, int[] classes, string word) => classes[corpus.Words.ToList().IndexOf(word)];

    [Fact]
    public void Words_seen_in_the_same_contexts_land_in_the_same_class()
    {
        var corpus = ThreeGroups();

        // Four classes: the three groups and the sentence breaks.
        var classes = new ExchangeClustering(4, iterations: 20, seed: 1).Cluster(corpus);

        var groups = new[] { Determiners, Animals, Verbs }.Select(g => g.Select(w => ClassOf(corpus, classes, w)).Distinct().ToList()).ToList();
        Assert.All(groups, g => Assert.Single(g));
        Assert.Equal(3, groups.Select(g => g[0]).Distinct().Count());
    }

    [Fact]
    public void The_same_seed_gives_the_same_classes()
    {
        var corpus = ThreeGroups();

        var first = new ExchangeClustering(3, iterations: 3, seed: 9).Cluster(corpus);
        var second = new ExchangeClustering(3, iterations: 3, seed: 9).Cluster(corpus);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Words_under_the_floor_are_read_as_rare()
    {
        var corpus = ClusterCorpus.Build([["a", "b", "a"], ["a", "c"]], minCount: 2);

        Assert.Equal(["<s>", "<rare>", "a"], corpus.Words);
        Assert.Equal(
            [ClusterCorpus.Boundary, 2, ClusterCorpus.Rare, 2, ClusterCorpus.Boundary, 2, ClusterCorpus.Rare, ClusterCorpus.Boundary],
            corpus.Sequence);
        Assert.Equal(2, corpus.Counts[ClusterCorpus.Rare]);
    }

    [Fact]
    public void Quoted_csv_fields_keep_their_commas_and_quotes()
    {
        Assert.Equal(["", "10,000", "CD", "O"], ClusterText.CsvFields(",\"10,000\",CD,O"));
        Assert.Equal(["", "\"", "``", "O"], ClusterText.CsvFields(",\"\"\"\",``,O"));
    }
}
