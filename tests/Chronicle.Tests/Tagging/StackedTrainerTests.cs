using Chronicle.Tagging;

namespace Chronicle.Tests.Tagging;

public sealed class StackedTrainerTests : IDisposable
{
    private readonly ScratchDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_stacked_pos_model_learns_from_a_slice_of_ontonotes()
    {
        var model = ModelTraining.SmallStackedPos();

        // 2,000 sentences of training; the slice of development data scored 0.92 when the floor was set.
        // A tagger that learned nothing would score about as well as always answering NN (under 0.15).
        var accuracy = TaggerEvaluation.Score(model, ModelTraining.OntoNotesDevSlice);
        Assert.True(accuracy > 0.85, $"dev accuracy {accuracy:F3}");
    }

    [Fact]
    public void A_saved_stacked_model_keeps_its_first_pass_and_tags_as_the_trained_one()
    {
        var model = ModelTraining.SmallStackedPos();
        var path = _dir.File("stacked.chtag");
        ModelFile.Save(model, path);

        var loaded = ModelFile.Load(path);

        Assert.True(loaded.Features.UseFirstPass);
        Assert.NotNull(loaded.FirstPass);
        Assert.Equal(model.FirstPass!.WeightCount, loaded.FirstPass.WeightCount);
        foreach (var sentence in ModelTraining.OntoNotesDevSlice.Take(200))
            Assert.Equal(model.Tag(sentence.Tokens), loaded.Tag(sentence.Tokens));
    }

    [Fact]
    public void The_same_seed_gives_the_same_stacked_model_bytes()
    {
        // The first passes train in parallel: their order of completion must not matter.
        var first = _dir.File("a.chtag");
        var second = _dir.File("b.chtag");

        ModelFile.Save(ModelTraining.SmallStackedPos(seed: 5), first);
        ModelFile.Save(ModelTraining.SmallStackedPos(seed: 5), second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void A_stacked_model_without_its_first_pass_cannot_tag()
    {
        var options = new TrainingOptions(ModelKind.PartOfSpeech, FeatureOptions.StackedPartOfSpeech, Epochs: 1);
        var sentences = ModelTraining.OntoNotesDevSlice.Take(50).ToList();
        var alone = new PerceptronTrainer(options).Train(sentences, _ => 0, s => s.Labels);

        Assert.Throws<InvalidOperationException>(() => alone.Tag(sentences[0].Tokens));
    }
}
