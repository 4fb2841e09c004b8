namespace Chronicle.Tagging;

/// <summary>
/// Trains a <see cref="SequenceModel"/> as an averaged structured perceptron (Collins 2002): decode each
/// training sentence with the current weights, and where the best sequence differs from the gold one,
/// add the gold features and subtract the predicted ones. The averaged weights generalize like a
/// regularized model. We chose it over a CRF because it needs no gradient of a partition function,
/// trains in a few passes on two cores, and reaches near-CRF accuracy for tagging with rich features.
/// Single-threaded by design: the same seed gives the same bytes.
/// </summary>
/// <param name="vectors">Token vectors, for models that read them (accurate models).</param>
public sealed class PerceptronTrainer(TrainingOptions options, Action<string>? log = null, ITokenVectors? vectors = null)
{
    /// <summary>Trains on <paramref name="train"/> and keeps the epoch that scores best on the development data.</summary>
    /// <param name="devScore">Scores a candidate model on the development data (accuracy or F1, higher is better).</param>
    public SequenceModel Train(IReadOnlyList<LabeledSentence> train, Func<SequenceModel, double> devScore, Func<LabeledSentence, IReadOnlyList<string>?>? posOf = null)
    {
        var kept = train.Where(s => s.Tokens.Length > 0).ToList();
        var trainVectors = options.Features.UseVectors ? EncodeAll(kept) : null;
        var sentences = kept.Select((s, i) => TrainingSentence.From(Relabel(s), posOf?.Invoke(s), trainVectors?[i])).ToList();
        var dimensions = trainVectors is null ? 0 : vectors!.Dimensions;
        var labels = sentences.SelectMany(s => s.Labels).Distinct().Order(StringComparer.Ordinal).ToArray();
        var labelIds = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var L = labels.Length;
        var gold = sentences.Select(s => s.Labels.Select(l => labelIds[l]).ToArray()).ToList();

        var lexicon = options.Features.UseLexicon ? TagLexicon.Build(sentences) : null;
        var indexed = TrainingFeatures.Index(sentences, options);
        var (features, hashes) = (indexed.Rows, indexed.Hashes);
        log?.Invoke($"{sentences.Count} sentences, {gold.Sum(g => g.Length)} tokens, {L} labels, {hashes.Length} features");

        var mask = TransitionMask(labels);
        var weights = new AveragedWeights(hashes.Length * L);
        var dense = new AveragedWeights(dimensions * L);
        var transitions = new AveragedWeights((L + 1) * (L + 1));
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        var decode = new DecodeBuffers();
        var emissions = new float[1024];
        var predicted = new int[256];
        var scoredTransitions = new float[(L + 1) * (L + 1)];
        var transitionTable = new TransitionTable(mask, L);

        SequenceModel? best = null;
        var bestScore = double.NegativeInfinity;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var index in order)
            {
                var sentenceFeatures = features[index];
                var n = gold[index].Length;
                if (emissions.Length < n * L)
                    emissions = new float[n * L * 2];
                if (predicted.Length < n)
                    predicted = new int[n * 2];
                Score(sentenceFeatures, n, L, weights.Current, emissions);
                if (dimensions > 0)
                {
                    for (var i = 0; i < n; i++)
                        DenseFeatures.AddScores(sentences[index].Vectors.AsSpan(i * dimensions, dimensions), options.VectorLength, dense.Current, emissions.AsSpan(i * L, L));
                }

                for (var t = 0; t < scoredTransitions.Length; t++)
                    scoredTransitions[t] = transitions.Current[t] + mask[t];
                transitionTable.Fill(scoredTransitions);
                Viterbi.Decode(emissions, n, transitionTable, decode, predicted);
                mistakes += Update(sentenceFeatures, gold[index], predicted.AsSpan(0, n), L, weights, transitions);
                for (var i = 0; dimensions > 0 && i < n; i++)
                {
                    if (gold[index][i] != predicted[i])
                        DenseFeatures.Update(sentences[index].Vectors.AsSpan(i * dimensions, dimensions), options.VectorLength, gold[index][i], predicted[i], L, dense);
                }

                weights.Tick();
                transitions.Tick();
                dense.Tick();
            }

            var model = AveragedModel.Build(options, labels, hashes, weights.Averaged(), transitions.Averaged(), mask, epoch, lexicon, dimensions > 0 ? dense.Averaged() : null);
            var score = devScore(model);
            log?.Invoke($"epoch {epoch}: {mistakes} sentences wrong in training, dev {score:F4}, {model.WeightCount} weights");
            if (score > bestScore)
                (best, bestScore) = (model, score);
        }

        return best ?? throw new InvalidOperationException("No training epochs were run.");
    }

    /// <summary>Token vectors for every training sentence, encoded in chunks with progress in the log.</summary>
    private float[][] EncodeAll(List<LabeledSentence> sentences)
    {
        if (vectors is null)
            throw new InvalidOperationException("These features use token vectors: give the trainer an encoder.");
        const int Chunk = 2000;
        var encoded = new List<float[]>(sentences.Count);
        for (var start = 0; start < sentences.Count; start += Chunk)
        {
            encoded.AddRange(vectors.Encode([.. sentences.Skip(start).Take(Chunk).Select(s => (IReadOnlyList<string>)s.Tokens)]));
            log?.Invoke($"token vectors: {encoded.Count} of {sentences.Count} sentences");
        }

        return [.. encoded];
    }

    private LabeledSentence Relabel(LabeledSentence sentence) =>
        options.Kind == ModelKind.Entities ? sentence with { Labels = EntityTags.ToBilou(sentence.Labels) } : sentence;

    private static void Score(int[] features, int n, int L, float[] weights, float[] emissions)
    {
        Array.Clear(emissions, 0, n * L);
        for (var i = 0; i < n; i++)
        {
            var row = emissions.AsSpan(i * L, L);
            foreach (var f in features.AsSpan(i * SentenceFeatures.PerToken, SentenceFeatures.PerToken))
            {
                if (f != TrainingFeatures.Unused)
                    VectorMath.AddScaled(row, weights.AsSpan(f * L, L));
            }
        }
    }

    /// <summary>Moves weights toward the gold sequence where the prediction differs; returns 1 when it did.</summary>
    private static int Update(int[] features, int[] gold, ReadOnlySpan<int> predicted, int L, AveragedWeights weights, AveragedWeights transitions)
    {
        if (predicted.SequenceEqual(gold))
            return 0;
        var stride = L + 1;
        for (var i = 0; i < gold.Length; i++)
        {
            if (gold[i] != predicted[i])
            {
                foreach (var f in features.AsSpan(i * SentenceFeatures.PerToken, SentenceFeatures.PerToken))
                {
                    if (f == TrainingFeatures.Unused)
                        continue;
                    weights.Add(f * L + gold[i], 1);
                    weights.Add(f * L + predicted[i], -1);
                }
            }

            var goldPrev = i == 0 ? L : gold[i - 1];
            var predPrev = i == 0 ? L : predicted[i - 1];
            if (goldPrev != predPrev || gold[i] != predicted[i])
            {
                transitions.Add(goldPrev * stride + gold[i], 1);
                transitions.Add(predPrev * stride + predicted[i], -1);
            }
        }

        if (gold[^1] != predicted[^1])
        {
            transitions.Add(gold[^1] * stride + L, 1);
            transitions.Add(predicted[^1] * stride + L, -1);
        }

        return 1;
    }

    /// <summary>0 where a transition is allowed, -∞ where the tag scheme forbids it (BILOU for entities).</summary>
    private float[] TransitionMask(string[] labels)
    {
        var L = labels.Length;
        var mask = new float[(L + 1) * (L + 1)];
        if (options.Kind != ModelKind.Entities)
            return mask;
        for (var p = 0; p <= L; p++)
        {
            for (var y = 0; y <= L; y++)
            {
                if (!EntityTags.BilouAllows(p == L ? null : labels[p], y == L ? null : labels[y]))
                    mask[p * (L + 1) + y] = float.NegativeInfinity;
            }
        }

        return mask;
    }


}
