using System.Numerics.Tensors;
using Chronicle.Tagging;

namespace Chronicle.Encoders;

/// <summary>
/// A fine-tuned MiniLM's view of each word: the log-probability of every BILOU label, from the adapted encoder's state
/// of the word's first piece through the adapter's head, in the order of a fast model's labels so that
/// <see cref="SequenceModel.WithEncoderScores"/> can add them to that model's own scores.
/// </summary>
public sealed class EntityLabelScores : ITokenVectors, IDisposable
{
    /// <summary>The log-probability given to a label the adapter does not score (far below any it does).</summary>
    private const float Unscored = -30f;

    private readonly MiniLmEncoder _encoder;
    private readonly LowRankAdapter _adapter;
    private readonly int[] _target;

    /// <param name="labels">The labels of the model the scores are for; each output row follows their order.</param>
    public EntityLabelScores(LowRankAdapter adapter, IReadOnlyList<string> labels, int intraOpThreads = 0)
    {
        _adapter = adapter;
        var position = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        _target = [.. adapter.Labels.Select(l => position.TryGetValue(l, out var i) ? i : throw new InvalidDataException($"adapter: its label {l} is not one of the model's"))];
        Dimensions = labels.Count;
        _encoder = new MiniLmEncoder(adapter, intraOpThreads);
    }

    public int Dimensions { get; }

    public float[][] Encode(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var states = _encoder.Encode(sentences);
        var scores = new float[sentences.Count][];
        var own = _adapter.Labels.Count;
        Span<float> logits = stackalloc float[own];
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s].Count;
            var row = scores[s] = new float[words * Dimensions];
            row.AsSpan().Fill(Unscored);
            for (var w = 0; w < words; w++)
            {
                Head(states[s].AsSpan(w * MiniLmEncoder.Dimensions, MiniLmEncoder.Dimensions), logits);
                LogSoftmax(logits);
                var target = row.AsSpan(w * Dimensions, Dimensions);
                for (var k = 0; k < own; k++)
                    target[_target[k]] = logits[k];
            }
        }

        return scores;
    }

    public void Dispose() => _encoder.Dispose();

    /// <summary>logits = state · W + b, W being [384, labels] row-major.</summary>
    private void Head(ReadOnlySpan<float> state, Span<float> logits)
    {
        _adapter.HeadBias.CopyTo(logits);
        var weights = _adapter.HeadWeight.AsSpan();
        for (var d = 0; d < state.Length; d++)
            TensorPrimitives.MultiplyAdd(weights.Slice(d * logits.Length, logits.Length), state[d], logits, logits);
    }

    private static void LogSoftmax(Span<float> values)
    {
        var max = TensorPrimitives.Max(values);
        var sum = 0.0;
        foreach (var v in values)
            sum += Math.Exp(v - max);
        var log = max + (float)Math.Log(sum);
        for (var i = 0; i < values.Length; i++)
            values[i] -= log;
    }
}
