using Chronicle.Tagging;
using Chronicle.Text;

namespace Chronicle.Tests.Tagging;

public sealed class WordClustersTests : IDisposable
{
    private readonly ScratchDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private WordClusters Clusters(params (string Word, int Coarse, int Fine)[] words)
    {
        var path = _dir.File("clusters.tsv");
        WordClusters.Write(path, "test clusters", [.. words.Select(w => w.Word)], [.. words.Select(_ => 5L)],
            [[.. words.Select(w => w.Coarse)], [.. words.Select(w => w.Fine)]]);
        return WordClusters.Read(path);
    }

    [Fact]
    public void A_cluster_file_reads_back_each_words_class_at_every_granularity()
    {
        var clusters = Clusters(("Paris", 0, 7), ("Lyon", 0, 7), ("said", 1, 3));

        Assert.Equal(2, clusters.Levels);
        var paris = clusters.CodeOf(FeatureHash.Of("Paris", fold: false));
        Assert.Equal(1UL, WordClusters.Level(paris, 0));
        Assert.Equal(8UL, WordClusters.Level(paris, 1));
        Assert.Equal(paris, clusters.CodeOf(FeatureHash.Of("Lyon", fold: false)));
        Assert.Equal(0UL, clusters.CodeOf(FeatureHash.Of("paris", fold: false)));
    }

    [Fact]
    public void A_malformed_cluster_line_is_an_error_naming_the_file_and_line()
    {
        var path = _dir.File("bad.tsv");
        File.WriteAllText(path, "# header\nParis\t3\t40\t12\nLyon\tseven\t2\t9\n");

        var error = Assert.Throws<InvalidDataException>(() => WordClusters.Read(path));
        Assert.Contains("bad.tsv:3", error.Message);
    }

    [Fact]
    public void A_neighbour_in_the_same_cluster_gives_a_token_the_same_cluster_features()
    {
        var clusters = Clusters(("Paris", 0, 7), ("Lyon", 0, 7), ("Monday", 1, 3));
        var options = FeatureOptions.Entities with { UsePos = false, UseGazetteer = false, UseClusters = true };
        var extractor = new FeatureExtractor(options, null, null, clusters: clusters);

        // "visited" before a city: with clusters, two cities share features that two unrelated words do not.
        var paris = FeaturesOfSecond(extractor, "She visited Paris");
        var shared = paris.Intersect(FeaturesOfSecond(extractor, "She visited Lyon")).Count();
        var unrelated = paris.Intersect(FeaturesOfSecond(extractor, "She visited Monday")).Count();
        var withoutClusters = new FeatureExtractor(options with { UseClusters = false }, null, null);
        var sharedWithout = FeaturesOfSecond(withoutClusters, "She visited Paris").Intersect(FeaturesOfSecond(withoutClusters, "She visited Lyon")).Count();

        Assert.True(shared > unrelated, $"{shared} features shared with a word of the same cluster, {unrelated} with one of another");
        Assert.True(shared > sharedWithout, $"{shared} features shared with clusters, {sharedWithout} without");
    }

    [Fact]
    public void With_token_clusters_only_a_neighbours_class_adds_no_feature()
    {
        var clusters = Clusters(("Paris", 0, 7), ("Lyon", 0, 7), ("Monday", 1, 3));
        var options = FeatureOptions.Entities with { UsePos = false, UseGazetteer = false, UseClusters = true, TokenClustersOnly = true };
        var extractor = new FeatureExtractor(options, null, null, clusters: clusters);
        var withNeighbours = new FeatureExtractor(options with { TokenClustersOnly = false }, null, null, clusters: clusters);

        // "visited" followed by a city or by a weekday: only the neighbours' classes tell the two apart.
        var city = FeaturesOfSecond(extractor, "She visited Paris");
        var day = FeaturesOfSecond(extractor, "She visited Monday");
        Assert.Equal(city.Count, day.Count);
        var differing = city.Except(day).Count();
        var differingWithNeighbours = FeaturesOfSecond(withNeighbours, "She visited Paris").Except(FeaturesOfSecond(withNeighbours, "She visited Monday")).Count();
        Assert.True(differing < differingWithNeighbours, $"{differing} features differ with the token's own classes, {differingWithNeighbours} with the neighbours' too");
        Assert.Equal(FeaturesOfSecond(withNeighbours, "She visited Paris").Count - 2 * clusters.Levels - 2, city.Count);
    }

    [Fact]
    public void The_model_keeps_the_clusters_of_a_words_own_features_in_the_cached_part()
    {
        var clusters = Clusters(("Paris", 0, 7));
        var options = FeatureOptions.Entities with { UseClusters = true };

        var with = new FeatureExtractor(options, null, null, clusters: clusters);
        var without = new FeatureExtractor(FeatureOptions.Entities, null, null);

        // The token's own classes (one a granularity) and its class with its shape depend on the word alone.
        Assert.Equal(without.WordFeatureCount + clusters.Levels + 1, with.WordFeatureCount);
    }

    private static HashSet<ulong> FeaturesOfSecond(FeatureExtractor extractor, string sentence)
    {
        var words = sentence.Split(' ');
        var (text, tokens) = TrainingSentence.Layout(words);
        var features = new SentenceFeatures();
        extractor.Extract(text, tokens, null, features);
        return [.. features.Of(1).ToArray().Where(h => h != 0)];
    }
}
