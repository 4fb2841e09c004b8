using System.Numerics;
using System.Runtime.InteropServices;

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
    private const int Unused = -1;

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
        var (features, rowOf) = IndexFeatures(sentences);
        var hashes = new ulong[rowOf.Count];
        foreach (var (hash, row) in rowOf)
            hashes[row] = hash;
        log?.Invoke($"{sentences.Count} sentences, {gold.Sum(g => g.Length)} tokens, {L} labels, {rowOf.Count} features");

        var mask = TransitionMask(labels);
        var weights = new AveragedWeights(rowOf.Count * L);
        var dense = new AveragedWeights(dimensions * L);
        var transitions = new AveragedWeights((L + 1) * (L + 1));
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        var decode = new DecodeBuffers();
        var emissions = new float[1024];
        var predicted = new int[256];
        var scoredTransitions = new float[(L + 1) * (L + 1)];

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
                        DenseFeatures.AddScores(sentences[index].Vectors.AsSpan(i * dimensions, dimensions), dense.Current, emissions.AsSpan(i * L, L));
                }

                for (var t = 0; t < scoredTransitions.Length; t++)
                    scoredTransitions[t] = transitions.Current[t] + mask[t];
                Viterbi.Decode(emissions, n, L, scoredTransitions, decode, predicted);
                mistakes += Update(sentenceFeatures, gold[index], predicted.AsSpan(0, n), L, weights, transitions);
                if (dimensions > 0)
                    UpdateDense(sentences[index].Vectors!, dimensions, gold[index], predicted.AsSpan(0, n), L, dense);
                weights.Tick();
                transitions.Tick();
                dense.Tick();
            }

            var model = Build(labels, hashes, weights.Averaged(), transitions.Averaged(), mask, epoch, lexicon, dimensions > 0 ? dense.Averaged() : null);
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

    /// <summary>The perceptron step for the dense features: toward the gold label, away from the predicted one.</summary>
    private static void UpdateDense(float[] vectors, int dimensions, int[] gold, ReadOnlySpan<int> predicted, int L, AveragedWeights dense)
    {
        for (var i = 0; i < gold.Length; i++)
        {
            if (gold[i] == predicted[i])
                continue;
            var vector = vectors.AsSpan(i * dimensions, dimensions);
            var scale = DenseFeatures.Scale(vector);
            for (var d = 0; d < dimensions; d++)
            {
                var x = vector[d] * scale;
                dense.Add(d * L + gold[i], x);
                dense.Add(d * L + predicted[i], -x);
            }
        }
    }

    private LabeledSentence Relabel(LabeledSentence sentence) =>
        options.Kind == ModelKind.Entities ? sentence with { Labels = EntityTags.ToBilou(sentence.Labels) } : sentence;

    /// <summary>Extracts every training sentence's features once and gives each kept feature a row.</summary>
    private (List<int[]> Features, Dictionary<ulong, int> RowOf) IndexFeatures(List<TrainingSentence> sentences)
    {
        var extractors = Extractors(sentences);
        var buffer = new SentenceFeatures();
        var counts = new Dictionary<ulong, int>();
        var hashed = new List<ulong[]>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            extractors[i % extractors.Length].Extract(s.Text, s.Tokens, s.Pos, buffer);
            var hashes = buffer.Hashes.AsSpan(0, s.Tokens.Length * SentenceFeatures.PerToken).ToArray();
            foreach (var h in hashes)
            {
                if (h != 0)
                    CollectionsMarshal.GetValueRefOrAddDefault(counts, h, out _)++;
            }

            hashed.Add(hashes);
        }

        var rowOf = new Dictionary<ulong, int>();
        foreach (var (hash, count) in counts.OrderBy(p => p.Key))
        {
            if (count >= options.MinFeatureCount)
                rowOf[hash] = rowOf.Count;
        }

        var features = hashed.Select(hashes => hashes.Select(h => h != 0 && rowOf.TryGetValue(h, out var r) ? r : Unused).ToArray()).ToList();
        return (features, rowOf);
    }

    /// <summary>
    /// The extractors for training sentences, one per fold (sentence i is in fold i mod count). With a
    /// lexicon, each fold's lexicon is built from the other folds ("jackknifing"), so training sees
    /// unknown words as often as tagging new text will, and does not learn to trust the lexicon blindly.
    /// </summary>
    private FeatureExtractor[] Extractors(List<TrainingSentence> sentences)
    {
        var gazetteer = options.Features.UseGazetteer ? Gazetteer.Default : null;
        if (!options.Features.UseLexicon)
            return [new FeatureExtractor(options.Features, gazetteer, null)];
        return [.. Enumerable.Range(0, LexiconFolds).Select(fold =>
            new FeatureExtractor(options.Features, gazetteer, TagLexicon.Build(sentences.Where((_, i) => i % LexiconFolds != fold))))];
    }

    private const int LexiconFolds = 10;

    private static void Score(int[] features, int n, int L, float[] weights, float[] emissions)
    {
        Array.Clear(emissions, 0, n * L);
        for (var i = 0; i < n; i++)
        {
            var row = emissions.AsSpan(i * L, L);
            foreach (var f in features.AsSpan(i * SentenceFeatures.PerToken, SentenceFeatures.PerToken))
            {
                if (f != Unused)
                    Add(row, weights.AsSpan(f * L, L));
            }
        }
    }

    private static void Add(Span<float> into, ReadOnlySpan<float> values)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<float>.Count;
            for (; i <= into.Length - width; i += width)
                (new Vector<float>(into[i..]) + new Vector<float>(values[i..])).CopyTo(into[i..]);
        }

        for (; i < into.Length; i++)
            into[i] += values[i];
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
                    if (f == Unused)
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

    private SequenceModel Build(string[] labels, ulong[] hashes, float[] weights, float[] transitions, float[] mask, int epoch, TagLexicon? lexicon, float[]? dense)
    {
        var L = labels.Length;
        var keptHashes = new List<ulong>();
        var rowStart = new List<int> { 0 };
        var entryLabels = new List<ushort>();
        var entryWeights = new List<float>();
        for (var r = 0; r < hashes.Length; r++)
        {
            var before = entryWeights.Count;
            for (var y = 0; y < L; y++)
            {
                var w = weights[r * L + y];
                if (MathF.Abs(w) >= options.PruneBelow)
                {
                    entryLabels.Add((ushort)y);
                    entryWeights.Add(w);
                }
            }

            if (entryWeights.Count > before)
            {
                keptHashes.Add(hashes[r]);
                rowStart.Add(entryWeights.Count);
            }
        }

        var scored = transitions.Select((t, i) => t + mask[i]).ToArray();
        var metadata = new Dictionary<string, string>
        {
            ["epochs"] = epoch.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["seed"] = options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return new SequenceModel(options.Kind, labels, options.Features, metadata,
            [.. keptHashes], [.. rowStart], [.. entryLabels], [.. entryWeights], scored, lexicon, dense);
    }
}
