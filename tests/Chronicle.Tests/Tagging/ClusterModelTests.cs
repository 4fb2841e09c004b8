using Chronicle.Clustering;
using Chronicle.Tagging;

namespace Chronicle.Tests.Tagging;

public sealed class ClusterModelTests : IDisposable
{
    private readonly ScratchDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>An entity model with cluster features: clusters of, and 1 epoch on, the first 1,000 CoNLL-2003 training sentences.</summary>
    private SequenceModel SmallModelWithClusters()
    {
        var train = TrainingData.Load(ModelTraining.ConllTrain, ModelKind.Entities).Take(1000).ToList();
        var corpus = ClusterCorpus.Build(train.Select(s => (IReadOnlyList<string>)s.Tokens), minCount: 2);
        int[][] classes = [.. new[] { 8, 32 }.Select(k => new ExchangeClustering(k, iterations: 2, seed: 1).Cluster(corpus)[2..])];
        var file = _dir.File("clusters.tsv");
        WordClusters.Write(file, "test", [.. corpus.Words.Skip(2)], [.. corpus.Counts.Skip(2)], classes);

        var features = new FeatureOptions(UsePos: false, UseGazetteer: false, UseLexicon: false, UseClusters: true);
        var options = new TrainingOptions(ModelKind.Entities, features, Epochs: 1, Clusters: WordClusters.Read(file));
        return new PerceptronTrainer(options).Train(train, m => TaggerEvaluation.Score(m, ModelTraining.ConllDevSlice));
    }

    [Fact]
    public void A_model_with_clusters_saves_them_and_tags_exactly_as_before_saving()
    {
        var model = SmallModelWithClusters();
        var path = _dir.File("m.chtag");
        ModelFile.Save(model, path);

        var loaded = ModelFile.Load(path);

        Assert.True(loaded.Features.UseClusters);
        Assert.Equal(3, BitConverter.ToInt32(File.ReadAllBytes(path), 8));
        foreach (var sentence in ModelTraining.ConllDevSlice.Take(200))
            Assert.Equal(model.Tag(sentence.Tokens), loaded.Tag(sentence.Tokens));
    }

    [Fact]
    public void A_model_without_clusters_keeps_the_format_version_it_had()
    {
        var path = _dir.File("m.chtag");

        ModelFile.Save(ModelTraining.SmallConll(), path);

        Assert.Equal(2, BitConverter.ToInt32(File.ReadAllBytes(path), 8));
    }
}
