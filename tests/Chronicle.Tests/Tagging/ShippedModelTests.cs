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
    public void The_pos_model_reads_brackets_as_the_treebank_writes_them()
    {
        // OntoNotes writes "(" as "-LRB-", so a raw bracket is a word the model never saw in training.
        var tags = ModelCatalog.Load("pos").Tag(["The", "Somali", "Journalists", "Syndicate", "(", "SJS", ")", "condemned", "the", "arrest", "."]);

        Assert.Equal("-LRB-", tags[4]);
        Assert.Equal("-RRB-", tags[6]);
        Assert.Equal("NNP", tags[3]);
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
