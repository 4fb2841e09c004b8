using Chronicle.Tagging;

namespace Chronicle.Tests.Tagging;

public sealed class PerceptronTrainerTests : IDisposable
{
    private readonly ScratchDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_small_entity_model_learns_from_a_slice_of_conll()
    {
        var model = ModelTraining.SmallConll();

        // 3,000 sentences is a fifth of the training data; this model scored 0.853 when the floor was set.
        // A tagger that learns nothing finds no entities and scores 0, so the floor leaves room for
        // other seeds and features while still failing a trainer that stopped learning.
        var f1 = TaggerEvaluation.Score(model, ModelTraining.ConllDevSlice);
        Assert.True(f1 > 0.65, $"dev F1 {f1:F3}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_model_bytes()
    {
        var first = _dir.File("a.chtag");
        var second = _dir.File("b.chtag");

        ModelFile.Save(ModelTraining.SmallConll(seed: 7), first);
        ModelFile.Save(ModelTraining.SmallConll(seed: 7), second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void A_saved_model_tags_exactly_as_the_trained_one()
    {
        var model = ModelTraining.SmallConll();
        var path = _dir.File("m.chtag");
        ModelFile.Save(model, path);

        var loaded = ModelFile.Load(path);

        Assert.Equal(model.Labels, loaded.Labels);
        foreach (var sentence in ModelTraining.ConllDevSlice.Take(200))
            Assert.Equal(model.Tag(sentence.Tokens), loaded.Tag(sentence.Tokens));
    }

    [Fact]
    public void A_damaged_model_file_is_refused_by_its_checksum()
    {
        var path = _dir.File("m.chtag");
        ModelFile.Save(ModelTraining.SmallConll(), path);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x40;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<InvalidDataException>(() => ModelFile.Load(path));
        Assert.Contains("checksum", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused()
    {
        var path = _dir.Write("notes.chtag", "just some text, long enough to hold a header and a checksum of thirty-two bytes");

        Assert.Throws<InvalidDataException>(() => ModelFile.Load(path));
    }
}
