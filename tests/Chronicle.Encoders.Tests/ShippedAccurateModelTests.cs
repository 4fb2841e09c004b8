using Chronicle.Tagging;

namespace Chronicle.Encoders.Tests;

/// <summary>The accurate models in models/ still reach the development floor their model cards promise.</summary>
public class ShippedAccurateModelTests
{
    private static string Data(params string[] path) => Path.Combine([RepoPaths.Shared, "data", "ner", .. path]);

    private static double Score(string model, List<LabeledSentence> gold)
    {
        using var encoder = new MiniLmEncoder();
        var vectors = encoder.Encode([.. gold.Select(s => (IReadOnlyList<string>)s.Tokens)]);
        return TaggerEvaluation.Score(ModelCatalog.Load(model), gold, ModelCatalog.Load("pos"), vectors);
    }

    [Fact]
    public void The_ontonotes_accurate_model_reaches_its_floor_on_ontonotes_development()
    {
        var gold = TrainingData.Load(Data("ontonotes5", "onto.development.bio.gz"), ModelKind.Entities);
        using var accurate = AccurateEntityModel.Load(AccurateEntityModel.Locate("ontonotes-accurate")!);
        var scores = accurate.Scores.Encode([.. gold.Select(s => (IReadOnlyList<string>)s.Tokens)]);

        Assert.True(TaggerEvaluation.Score(accurate.Model, gold, ModelCatalog.Load("pos"), scores) >= ModelCards.DevFloor("ontonotes-accurate"));
    }

    [Fact]
    public void The_conll_accurate_model_reaches_its_floor_on_conll_testa() =>
        Assert.True(Score("conll-accurate", TrainingData.Load(Data("conll2003", "eng.testa"), ModelKind.Entities)) >= ModelCards.DevFloor("conll-accurate"));
}
