using Chronicle.Tagging;

namespace Chronicle.Tests.Tagging;

/// <summary>Small models trained on slices of the shared data, once per test run.</summary>
internal static class ModelTraining
{
    public static string ConllTrain => Path.Combine(RepoPaths.Shared, "data", "ner", "conll2003", "eng.train");

    public static string ConllDev => Path.Combine(RepoPaths.Shared, "data", "ner", "conll2003", "eng.testa");

    public static string OntoNotesTrain => Path.Combine(RepoPaths.Shared, "data", "ner", "ontonotes5", "onto.train.bio.gz");

    public static string OntoNotesDev => Path.Combine(RepoPaths.Shared, "data", "ner", "ontonotes5", "onto.development.bio.gz");

    /// <summary>An entity model trained for 3 epochs on the first 3,000 CoNLL-2003 training sentences, without POS features.</summary>
    public static SequenceModel SmallConll(int seed = 1) => Train(seed, TrainingData.Load(ConllTrain, ModelKind.Entities).Take(3000).ToList());

    public static IReadOnlyList<LabeledSentence> ConllDevSlice { get; } = TrainingData.Load(ConllDev, ModelKind.Entities).Take(1000).ToList();

    public static IReadOnlyList<LabeledSentence> OntoNotesDevSlice { get; } = TrainingData.Load(OntoNotesDev, ModelKind.PartOfSpeech).Take(1000).ToList();

    /// <summary>A stacked POS model trained for 2 epochs a pass on the first 2,000 OntoNotes training sentences, its first pass jackknifed over 2 folds.</summary>
    public static SequenceModel SmallStackedPos(int seed = 1)
    {
        var train = TrainingData.Load(OntoNotesTrain, ModelKind.PartOfSpeech).Take(2000).ToList();
        var options = new TrainingOptions(ModelKind.PartOfSpeech, FeatureOptions.StackedPartOfSpeech, Epochs: 2, Seed: seed);
        return new StackedTrainer(options, folds: 2).Train(train, m => TaggerEvaluation.Score(m, OntoNotesDevSlice));
    }

    private static SequenceModel Train(int seed, List<LabeledSentence> train)
    {
        var options = new TrainingOptions(ModelKind.Entities, new FeatureOptions(UsePos: false, UseGazetteer: true, UseLexicon: false), Epochs: 3, Seed: seed);
        return new PerceptronTrainer(options).Train(train, m => TaggerEvaluation.Score(m, ConllDevSlice));
    }
}
