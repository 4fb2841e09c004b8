using System.Globalization;
using System.Text.RegularExpressions;
using Chronicle.Tagging;

namespace Chronicle.Tests.Tagging;

/// <summary>The models in models/ still reach the development floor their model cards promise.</summary>
public partial class ShippedModelTests
{
    private static double CardFloor(string model)
    {
        var card = File.ReadAllText(Path.Combine(RepoPaths.Root, "models", model + ".md"));
        var floor = FloorLine().Match(card);
        Assert.True(floor.Success, $"models/{model}.md states no dev floor");
        return double.Parse(floor.Groups[1].Value, CultureInfo.InvariantCulture) / 100;
    }

    [GeneratedRegex(@"Dev floor[^:]*:\s*([0-9.]+)")]
    private static partial Regex FloorLine();

    [Fact]
    public void The_pos_model_reaches_its_floor_on_ontonotes_development()
    {
        var sentences = TrainingData.Load(ModelTraining.OntoNotesDev, ModelKind.PartOfSpeech);

        Assert.True(TaggerEvaluation.Score(ModelCatalog.Load("pos"), sentences) >= CardFloor("pos"));
    }

    [Fact]
    public void The_ontonotes_model_reaches_its_floor_on_ontonotes_development()
    {
        var sentences = TrainingData.Load(ModelTraining.OntoNotesDev, ModelKind.Entities);

        Assert.True(TaggerEvaluation.Score(ModelCatalog.Load("ontonotes"), sentences, ModelCatalog.Load("pos")) >= CardFloor("ontonotes"));
    }

    [Fact]
    public void The_conll_model_reaches_its_floor_on_conll_testa()
    {
        var sentences = TrainingData.Load(ModelTraining.ConllDev, ModelKind.Entities);

        Assert.True(TaggerEvaluation.Score(ModelCatalog.Load("conll"), sentences, ModelCatalog.Load("pos")) >= CardFloor("conll"));
    }
}
