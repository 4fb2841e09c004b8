using Chronicle.Tagging;

namespace Chronicle.Tests.Tagging;

/// <summary>The models in models/ still reach the development floor their model cards promise.</summary>
public class ShippedModelTests
{
    [Fact]
    public void The_pos_model_reaches_its_floor_on_ontonotes_development()
    {
        var sentences = TrainingData.Load(ModelTraining.OntoNotesDev, ModelKind.PartOfSpeech);

        Assert.True(TaggerEvaluation.Score(ModelCatalog.Load("pos"), sentences) >= ModelCards.DevFloor("pos"));
    }

    [Fact]
    public void The_ontonotes_model_reaches_its_floor_on_ontonotes_development()
    {
        var sentences = TrainingData.Load(ModelTraining.OntoNotesDev, ModelKind.Entities);

        Assert.True(TaggerEvaluation.Score(ModelCatalog.Load("ontonotes"), sentences, ModelCatalog.Load("pos")) >= ModelCards.DevFloor("ontonotes"));
    }

    [Fact]
    public void The_conll_model_reaches_its_floor_on_conll_testa()
    {
        var sentences = TrainingData.Load(ModelTraining.ConllDev, ModelKind.Entities);

        Assert.True(TaggerEvaluation.Score(ModelCatalog.Load("conll"), sentences, ModelCatalog.Load("pos")) >= ModelCards.DevFloor("conll"));
    }
}
