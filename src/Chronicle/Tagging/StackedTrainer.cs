namespace Chronicle.Tagging;

/// <summary>
/// Trains a stacked POS model: a first-pass tagger, then a second one that also reads the first pass's
/// tags, including those of the words to its right, which a first-order tagger cannot see. The training
/// sentences' first-pass tags are jackknifed: each fold is tagged by a first pass trained on the other
/// folds, so the second pass learns how far to trust tags as wrong as they will be on new text.
/// The first passes train independently, in parallel; each is deterministic, so the same seed still
/// gives the same bytes.
/// </summary>
/// <param name="options">Options of the second pass; the first pass uses them without its features.</param>
/// <param name="folds">How many folds the first pass's tags of the training data are jackknifed over.</param>
public sealed class StackedTrainer(TrainingOptions options, int folds, Action<string>? log = null)
{
    /// <summary>Trains on <paramref name="train"/>; every pass keeps the epoch that scores best on the development data.</summary>
    /// <param name="devScore">Scores a candidate model (with its first pass) on the development data.</param>
    public SequenceModel Train(IReadOnlyList<LabeledSentence> train, Func<SequenceModel, double> devScore)
    {
        if (!options.Features.UseFirstPass || folds < 2)
            throw new ArgumentException("A stacked model needs first-pass features and at least two folds.");
        var firstOptions = options with { Features = options.Features with { UsePos = false, UseFirstPass = false } };
        var logLock = new Lock();

        // Pass `folds` (the last) is trained on everything: it is the first pass the model ships with.
        var passes = new SequenceModel[folds + 1];
        Parallel.For(0, folds + 1, fold =>
        {
            var part = fold == folds ? train : [.. train.Where((_, i) => i % folds != fold)];
            var trainer = new PerceptronTrainer(firstOptions, log is null ? null : line =>
            {
                // The passes log from several threads; a log need not be thread-safe.
                lock (logLock)
                    log($"first pass {FoldName(fold)}: {line}");
            });
            passes[fold] = trainer.Train(part, devScore);
        });

        var guesses = new Dictionary<LabeledSentence, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < train.Count; i++)
            guesses[train[i]] = passes[i % folds].Tag(train[i].Tokens);

        var firstPass = passes[folds];
        var second = new PerceptronTrainer(options, log is null ? null : line => log($"second pass: {line}"));
        return second.Train(train, model => devScore(model.WithFirstPass(firstPass)), s => guesses[s]).WithFirstPass(firstPass);
    }

    private string FoldName(int fold) => fold == folds ? "on all folds" : $"without fold {fold + 1} of {folds}";
}
