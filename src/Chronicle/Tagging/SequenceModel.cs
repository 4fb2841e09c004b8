using Chronicle.Text;

namespace Chronicle.Tagging;

/// <summary>
/// A trained sequence tagger: sparse averaged-perceptron weights (feature hash → a few label weights),
/// label transitions, and the feature options it was trained with. Immutable; tags from many threads.
/// </summary>
public sealed class SequenceModel
{
    private readonly TransitionTable _transitionTable;
    private readonly SentenceScorer _scorer;
    private readonly float _vectorLength;
    private readonly int[] _rowStart;
    private readonly ushort[] _entryLabels;
    private readonly float[] _entryWeights;
    private readonly float[] _transitions;
    private readonly FeatureExtractor _extractor;

    internal SequenceModel(ModelKind kind, string[] labels, FeatureOptions features, IReadOnlyDictionary<string, string> metadata,
        ulong[] hashes, int[] rowStart, ushort[] entryLabels, float[] entryWeights, float[] transitions, TagLexicon? lexicon,
        float[]? denseWeights = null, SequenceModel? firstPass = null, WordClusters? clusters = null)
    {
        Lexicon = lexicon;
        Clusters = clusters;
        if (features.UseClusters && clusters is null)
            throw new InvalidDataException("A model that uses word clusters needs its clusters.");
        FirstPass = firstPass;
        if (firstPass is not null && (!features.UseFirstPass || firstPass.Features.UseFirstPass))
            throw new InvalidDataException("A first-pass tagger belongs only to a stacked model, and is not stacked itself.");
        DenseWeights = denseWeights ?? [];
        if (features.UseVectors && DenseWeights.Length == 0)
            throw new InvalidDataException("A model that uses token vectors needs dense weights.");
        Kind = kind;
        Labels = labels;
        Features = features;
        Metadata = metadata;
        Hashes = hashes;
        _rowStart = rowStart;
        _entryLabels = entryLabels;
        _entryWeights = entryWeights;
        _transitions = transitions;
        var table = new WeightTable(hashes, rowStart, entryLabels, entryWeights);
        _vectorLength = metadata.TryGetValue(DenseFeatures.MetadataKey, out var length)
            ? float.Parse(length, System.Globalization.CultureInfo.InvariantCulture)
            : DenseFeatures.DefaultLength;
        _transitionTable = new TransitionTable(transitions, labels.Length);
        _extractor = new FeatureExtractor(features, features.UseGazetteer ? Gazetteer.Default : null, lexicon, treebankBrackets: kind == ModelKind.PartOfSpeech, clusters);
        _scorer = new SentenceScorer(table, _extractor.WordFeatureCount);
    }

    public ModelKind Kind { get; }

    /// <summary>The labels the model predicts; BILOU entity tags for entity models.</summary>
    public IReadOnlyList<string> Labels { get; }

    public FeatureOptions Features { get; }

    /// <summary>How the model was made: data, seed, epochs, dev scores.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    public int FeatureCount => Hashes.Length;

    public int WeightCount => _entryWeights.Length;

    internal ulong[] Hashes { get; }

    internal TagLexicon? Lexicon { get; }

    /// <summary>The word clusters of models that use them.</summary>
    internal WordClusters? Clusters { get; }

    /// <summary>For stacked models: the tagger whose tags are this model's POS features.</summary>
    internal SequenceModel? FirstPass { get; }

    /// <summary>Weights of the token-vector features, [dimension, label]; empty for models without them.</summary>
    internal float[] DenseWeights { get; }

    /// <summary>The length of the token vectors the model reads; 0 for models without them.</summary>
    public int VectorDimensions => EncoderScoreWeight > 0 ? Labels.Count : DenseWeights.Length / Labels.Count;

    /// <summary>
    /// For a model fused with a fine-tuned encoder (<see cref="WithEncoderScores"/>): the weight of the encoder's
    /// label log-probabilities against this model's own scores; 0 for a model that tags alone.
    /// </summary>
    public float EncoderScoreWeight { get; private init; }

    /// <summary>Whether tagging needs each token's vector: dense features, or an encoder's label scores.</summary>
    public bool ReadsVectors => Features.UseVectors || EncoderScoreWeight > 0;

    /// <summary>
    /// A copy that adds, to each token's label scores, <paramref name="weight"/> times a fine-tuned encoder's
    /// log-probability of each label; its "vectors" are those log-probabilities, one per label in <see cref="Labels"/>' order.
    /// The sum is decoded with this model's transitions, so the encoder's view of the token and this model's
    /// cased, gazetteer and neighbour features meet before the best sequence is chosen.
    /// </summary>
    public SequenceModel WithEncoderScores(float weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        if (Features.UseVectors)
            throw new InvalidOperationException("A model that reads token vectors as features cannot also read an encoder's label scores.");
        return new(Kind, [.. Labels], Features, Metadata, Hashes, _rowStart, _entryLabels, _entryWeights, _transitions, Lexicon, DenseWeights, FirstPass, Clusters)
        {
            EncoderScoreWeight = weight,
        };
    }

    internal ReadOnlySpan<int> RowStart => _rowStart;

    internal ReadOnlySpan<ushort> EntryLabels => _entryLabels;

    internal ReadOnlySpan<float> EntryWeights => _entryWeights;

    internal ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>A copy whose metadata also holds <paramref name="extra"/> (how it was made, for its model card).</summary>
    public SequenceModel WithMetadata(IEnumerable<KeyValuePair<string, string>> extra)
    {
        var metadata = new Dictionary<string, string>(Metadata);
        foreach (var (key, value) in extra)
            metadata[key] = value;
        return new SequenceModel(Kind, [.. Labels], Features, metadata, Hashes, _rowStart, _entryLabels, _entryWeights, _transitions, Lexicon, DenseWeights, FirstPass, Clusters);
    }

    /// <summary>A copy that tags with <paramref name="firstPass"/> first and reads its tags as features.</summary>
    internal SequenceModel WithFirstPass(SequenceModel firstPass) =>
        new(Kind, [.. Labels], Features, Metadata, Hashes, _rowStart, _entryLabels, _entryWeights, _transitions, Lexicon, DenseWeights, firstPass, Clusters);

    /// <summary>A copy without the weights smaller than <paramref name="minWeight"/> in magnitude: smaller and faster, a little less accurate.</summary>
    internal SequenceModel Pruned(float minWeight)
    {
        var hashes = new List<ulong>();
        var rowStart = new List<int> { 0 };
        var labels = new List<ushort>();
        var weights = new List<float>();
        for (var r = 0; r < Hashes.Length; r++)
        {
            for (var e = _rowStart[r]; e < _rowStart[r + 1]; e++)
            {
                if (MathF.Abs(_entryWeights[e]) < minWeight)
                    continue;
                labels.Add(_entryLabels[e]);
                weights.Add(_entryWeights[e]);
            }

            if (weights.Count > rowStart[^1])
            {
                hashes.Add(Hashes[r]);
                rowStart.Add(weights.Count);
            }
        }

        return new SequenceModel(Kind, [.. Labels], Features, Metadata, [.. hashes], [.. rowStart], [.. labels], [.. weights], _transitions, Lexicon, DenseWeights, FirstPass, Clusters);
    }

    /// <summary>Tags a sentence given as words; entity models answer in IOB2.</summary>
    /// <param name="pos">The words' POS tags, for models that use them.</param>
    /// <param name="vectors">The words' token vectors, for models that use them.</param>
    public string[] Tag(IReadOnlyList<string> words, IReadOnlyList<string>? pos = null, float[]? vectors = null)
    {
        var (text, tokens) = TrainingSentence.Layout(words);
        var ids = new int[tokens.Length];
        Predict(text, tokens, pos, vectors, TaggerScratch.Current, ids);
        return LabelsOf(ids);
    }

    /// <summary>The labels of predicted ids; entity models answer in IOB2.</summary>
    internal string[] LabelsOf(ReadOnlySpan<int> ids)
    {
        var labels = new string[ids.Length];
        for (var i = 0; i < ids.Length; i++)
            labels[i] = Labels[ids[i]];
        return Kind == ModelKind.Entities ? EntityTags.ToIob2(labels) : labels;
    }

    /// <summary>Predicts a label id for every token of a sentence into <paramref name="output"/>.</summary>
    /// <param name="pos">The tokens' POS tags, for models that use them.</param>
    /// <param name="vectors">The tokens' vectors one after another, for models that use them.</param>
    internal void Predict(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<string>? pos, ReadOnlySpan<float> vectors, TaggerScratch scratch, Span<int> output)
    {
        if (ReadsVectors && vectors.Length != tokens.Length * VectorDimensions)
            throw new ArgumentException($"This model reads {VectorDimensions} vector dimensions a token.", nameof(vectors));
        var n = tokens.Length;
        var labels = Labels.Count;
        scratch.Ensure(n, labels);
        if (Features.UseFirstPass)
            pos = FirstPassTags(text, tokens, scratch);
        _extractor.Extract(text, tokens, pos, scratch.Features);
        var emissions = scratch.Emissions.AsSpan(0, n * labels);
        emissions.Clear();
        _scorer.Score(scratch.Features, scratch, emissions, labels);
        for (var i = 0; Features.UseVectors && i < n; i++)
            DenseFeatures.AddScores(vectors.Slice(i * VectorDimensions, VectorDimensions), _vectorLength, DenseWeights, emissions.Slice(i * labels, labels));
        if (EncoderScoreWeight > 0)
            VectorMath.AddScaled(emissions, vectors[..emissions.Length], EncoderScoreWeight);

        Viterbi.Decode(emissions, n, _transitionTable, scratch.Decode, output);
    }

    /// <summary>The first pass's tags of a sentence, in the scratch's buffers (the second pass reuses the rest of the scratch).</summary>
    private string[] FirstPassTags(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, TaggerScratch scratch)
    {
        if (FirstPass is null)
            throw new InvalidOperationException("A stacked model needs its first-pass tagger.");
        var guesses = scratch.Guesses.AsSpan(0, tokens.Length);
        FirstPass.Predict(text, tokens, null, [], scratch, guesses);
        var tags = scratch.GuessTags;
        for (var i = 0; i < guesses.Length; i++)
            tags[i] = FirstPass.Labels[guesses[i]];
        return tags;
    }
}

/// <summary>What a sequence model tags.</summary>
public enum ModelKind
{
    PartOfSpeech,
    Entities,
}
