using System.Numerics;

namespace Chronicle.Tagging;

/// <summary>
/// Exact first-order decoding: the label sequence with the highest sum of emission and transition
/// scores. Each step scores a SIMD vector of next labels at once against one previous label at a
/// time (<see cref="TransitionTable"/>), taking previous labels in ascending order with a strict
/// comparison, so ties go to the lowest previous label, as a plain scalar loop would.
/// </summary>
internal static class Viterbi
{
    /// <summary>Writes the best label sequence of <paramref name="length"/> tokens into <paramref name="best"/>.</summary>
    /// <param name="emissions">The tokens' label scores, <see cref="TransitionTable.Labels"/> a token.</param>
    public static void Decode(ReadOnlySpan<float> emissions, int length, TransitionTable transitions, DecodeBuffers buffers, Span<int> best)
    {
        if (length == 0)
            return;
        var labels = transitions.Labels;
        var width = transitions.Width;
        var next = transitions.Next;
        buffers.Ensure(length * width);
        var score = buffers.Score.AsSpan(0, length * width);
        var back = buffers.Back.AsSpan(0, length * width);
        for (var y = 0; y < labels; y++)
            score[y] = emissions[y] + next[labels * width + y];

        for (var i = 1; i < length; i++)
        {
            var previous = score.Slice((i - 1) * width, labels);
            var tokenEmissions = emissions.Slice(i * labels, labels);
            var tokenScores = score.Slice(i * width, width);
            var tokenBack = back.Slice(i * width, width);
            for (var pair = 0; pair < width / TransitionTable.PairWidth; pair++)
            {
                var y = pair * TransitionTable.PairWidth;
                var (first, second) = BestPrevious(previous, next, width, y, transitions.Sources(pair));
                Store(first, y, tokenEmissions, tokenScores, tokenBack);
                Store(second, y + Vector<float>.Count, tokenEmissions, tokenScores, tokenBack);
            }
        }

        var last = (length - 1) * width;
        var end = transitions.End;
        var bestEnd = 0;
        var bestFinal = float.NegativeInfinity;
        for (var y = 0; y < labels; y++)
        {
            var s = score[last + y] + end[y];
            if (s > bestFinal)
                (bestFinal, bestEnd) = (s, y);
        }

        best[length - 1] = bestEnd;
        for (var i = length - 1; i > 0; i--)
            best[i - 1] = back[i * width + best[i]];
    }

    /// <summary>
    /// For two vectors of next labels from <paramref name="y"/> on, the best score over previous labels
    /// and the lowest previous label that reaches it. The two vectors are independent dependency
    /// chains, so the processor overlaps them.
    /// </summary>
    private static ((Vector<float> Score, Vector<int> Label) First, (Vector<float> Score, Vector<int> Label) Second) BestPrevious(
        ReadOnlySpan<float> previous, ReadOnlySpan<float> next, int width, int y, ReadOnlySpan<int> sources)
    {
        var lanes = Vector<float>.Count;
        var scores0 = new Vector<float>(float.NegativeInfinity);
        var scores1 = scores0;
        var labels0 = Vector<int>.Zero;
        var labels1 = labels0;
        foreach (var p in sources)
        {
            var from = new Vector<float>(previous[p]);
            var label = new Vector<int>(p);
            var row = next.Slice(p * width + y, 2 * lanes);
            var candidates0 = from + new Vector<float>(row);
            var candidates1 = from + new Vector<float>(row[lanes..]);
            labels0 = Vector.ConditionalSelect(Vector.GreaterThan(candidates0, scores0), label, labels0);
            labels1 = Vector.ConditionalSelect(Vector.GreaterThan(candidates1, scores1), label, labels1);
            // Equal to "candidates > scores ? candidates : scores" lane by lane, but for the sign of a zero on some processors, which no comparison sees.
            scores0 = Vector.MaxNative(candidates0, scores0);
            scores1 = Vector.MaxNative(candidates1, scores1);
        }

        return ((scores0, labels0), (scores1, labels1));
    }

    /// <summary>Stores a token's back-pointers for a vector of labels from <paramref name="y"/> on, and its scores plus emissions for the lanes that are labels.</summary>
    private static void Store((Vector<float> Score, Vector<int> Label) best, int y, ReadOnlySpan<float> emissions, Span<float> score, Span<int> back)
    {
        best.Label.CopyTo(back[y..]);
        if (y + Vector<float>.Count <= emissions.Length)
        {
            (best.Score + new Vector<float>(emissions[y..])).CopyTo(score[y..]);
            return;
        }

        for (var lane = 0; y + lane < emissions.Length; lane++)
            score[y + lane] = best.Score[lane] + emissions[y + lane];
    }
}

/// <summary>Reusable decoding buffers, one per thread.</summary>
internal sealed class DecodeBuffers
{
    public float[] Score { get; private set; } = new float[1024];

    public int[] Back { get; private set; } = new int[1024];

    public void Ensure(int size)
    {
        if (Score.Length >= size)
            return;
        Score = new float[Math.Max(size, Score.Length * 2)];
        Back = new int[Score.Length];
    }
}
