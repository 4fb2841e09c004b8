namespace Chronicle.Tagging;

/// <summary>Tags gold sentences with a model (on every core) and scores the result.</summary>
public static class TaggerEvaluation
{
    /// <summary>Gold and predicted labels, sentence by sentence in input order.</summary>
    /// <param name="posModel">For entity models that use POS features: the model that tags POS first.</param>
    /// <param name="vectors">For models that read token vectors: each sentence's, from <see cref="ITokenVectors.Encode"/>.</param>
    public static List<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> Predict(SequenceModel model, IReadOnlyList<LabeledSentence> gold, SequenceModel? posModel = null, float[][]? vectors = null)
    {
        var predicted = new string[gold.Count][];
        Parallel.For(0, gold.Count, i =>
        {
            var pos = model.Features.UsePos ? posModel?.Tag(gold[i].Tokens) : null;
            predicted[i] = model.Tag(gold[i].Tokens, pos, vectors?[i]);
        });
        return gold.Select((g, i) => ((IReadOnlyList<string>)g.Labels, (IReadOnlyList<string>)predicted[i])).ToList();
    }

    /// <summary>Token accuracy for POS models; overall chunk F1 for entity models.</summary>
    public static double Score(SequenceModel model, IReadOnlyList<LabeledSentence> gold, SequenceModel? posModel = null, float[][]? vectors = null)
    {
        var pairs = Predict(model, gold, posModel, vectors);
        return model.Kind == ModelKind.PartOfSpeech ? TaggingScores.Accuracy(pairs) : TaggingScores.Chunks(pairs)[^1].F1;
    }
}
