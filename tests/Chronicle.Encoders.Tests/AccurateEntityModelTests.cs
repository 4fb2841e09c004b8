using Chronicle.Encoders;
using Chronicle.Tagging;
using Chronicle.Text;

namespace Chronicle.Encoders.Tests;

/// <summary>Entity models that read MiniLM token states: they train, and they tag a Doc.</summary>
public sealed class AccurateEntityModelTests : IClassFixture<AccurateEntityModelTests.SmallModel>
{
    private readonly SmallModel _small;

    public AccurateEntityModelTests(SmallModel small) => _small = small;

    /// <summary>A model trained for 2 epochs on 1,000 CoNLL-2003 sentences with token vectors, scored on 300 of eng.testa.</summary>
    public sealed class SmallModel : IDisposable
    {
        public MiniLmEncoder Encoder { get; } = new();

        public List<LabeledSentence> Dev { get; } = Load("eng.testa").Take(300).ToList();

        public SequenceModel Model { get; }

        public double DevF1 { get; }

        public SmallModel()
        {
            var devVectors = Encoder.Encode([.. Dev.Select(s => (IReadOnlyList<string>)s.Tokens)]);
            var options = new TrainingOptions(ModelKind.Entities, new FeatureOptions(UsePos: false, UseGazetteer: false, UseLexicon: false, UseVectors: true), Epochs: 2);
            Model = new PerceptronTrainer(options, vectors: Encoder).Train([.. Load("eng.train").Take(1000)], m => TaggerEvaluation.Score(m, Dev, vectors: devVectors));
            DevF1 = TaggerEvaluation.Score(Model, Dev, vectors: devVectors);
        }

        private static IEnumerable<LabeledSentence> Load(string file) =>
            TrainingData.Load(Path.Combine(RepoPaths.Shared, "data", "ner", "conll2003", file), ModelKind.Entities);

        public void Dispose() => Encoder.Dispose();
    }

    [Fact]
    public void A_small_accurate_model_learns_from_a_slice_of_conll()
    {
        // Trained the same way without token vectors, the model scored 0.779; with them, 0.846 (both
        // measured when the floor was set). Above 0.80, the vectors must be doing their part.
        Assert.True(_small.DevF1 > 0.80, $"dev F1 {_small.DevF1:F3}");
        Assert.Equal(MiniLmEncoder.Dimensions, _small.Model.VectorDimensions);
    }

    [Fact]
    public void An_accurate_recognizer_finds_entities_in_a_doc_with_its_encoder()
    {
        var doc = new Doc("Officials in Germany said the European Union would meet in Brussels on Monday.");
        new TokenizerAnnotator().Annotate(doc);

        new EntityRecognizer(_small.Model, _small.Encoder).Annotate(doc);

        Assert.Contains(doc.Entities, e => doc.Text[e.Start..e.End] == "Germany" && e.Type == "LOC");
    }

    [Fact]
    public void An_accurate_recognizer_without_an_encoder_says_what_it_needs()
    {
        var doc = new Doc("Officials met in Brussels.");
        new TokenizerAnnotator().Annotate(doc);

        var error = Assert.Throws<InvalidOperationException>(() => new EntityRecognizer(_small.Model).Annotate(doc));
        Assert.Contains("encoder", error.Message);
    }
}
