using System.Numerics;

namespace Chronicle.Tagging;

/// <summary>
/// Exact first-order decoding: the label sequence with the highest sum of emission and transition
/// scores. Transitions are an (L+1)×(L+1) matrix whose index L is the sentence boundary (start as
/// a previous label, end as a next one); a disallowed transition (an "I-" after "O") scores -∞.
/// </summary>
internal static class Viterbi
{
    /// <summary>For each label, the previous labels that may precede it (finite transitions), so decoding skips the rest.</summary>
    public static int[][] AllowedPrevious(ReadOnlySpan<float> transitions, int labels)
    {
        var allowed = new int[labels][];
        for (var y = 0; y < labels; y++)
        {
            var previous = new List<int>(labels);
            for (var p = 0; p < labels; p++)
            {
                if (float.IsFinite(transitions[p * (labels + 1) + y]))
                    previous.Add(p);
            }

            allowed[y] = [.. previous];
        }

        return allowed;
    }

    /// <summary>The transitions into each label laid out contiguously ([next, previous]), for <see cref="BestPrevious"/>.</summary>
    public static float[] Incoming(ReadOnlySpan<float> transitions, int labels)
    {
        var incoming = new float[labels * labels];
        for (var y = 0; y < labels; y++)
        {
            for (var p = 0; p < labels; p++)
                incoming[y * labels + p] = transitions[p * (labels + 1) + y];
        }

        return incoming;
    }

    /// <summary>The best previous label and its score, lane by lane with SIMD; ties go to the lowest label, as in the scalar loop.</summary>
    private static (float Score, int Label) BestPrevious(ReadOnlySpan<float> previous, ReadOnlySpan<float> incoming)
    {
        var width = Vector<float>.Count;
        var bestScores = new Vector<float>(float.NegativeInfinity);
        var bestLabels = Vector<int>.Zero;
        var labels = Vector<int>.Indices;
        var p = 0;
        for (; p <= previous.Length - width; p += width)
        {
            var scores = new Vector<float>(previous[p..]) + new Vector<float>(incoming[p..]);
            var better = Vector.GreaterThan(scores, bestScores);
            bestScores = Vector.ConditionalSelect(better, scores, bestScores);
            bestLabels = Vector.ConditionalSelect(better, labels, bestLabels);
            labels += new Vector<int>(width);
        }

        var (bestScore, bestLabel) = (float.NegativeInfinity, 0);
        for (var lane = 0; lane < width; lane++)
        {
            if (bestScores[lane] > bestScore || (bestScores[lane] == bestScore && bestLabels[lane] < bestLabel))
                (bestScore, bestLabel) = (bestScores[lane], bestLabels[lane]);
        }

        for (; p < previous.Length; p++)
        {
            var score = previous[p] + incoming[p];
            if (score > bestScore)
                (bestScore, bestLabel) = (score, p);
        }

        return (bestScore, bestLabel);
    }

    public static void Decode(ReadOnlySpan<float> emissions, int length, int labels, ReadOnlySpan<float> transitions, DecodeBuffers buffers, Span<int> best) =>
        Decode(emissions, length, labels, transitions, null, buffers, best);

    /// <param name="allowedPrevious">From <see cref="AllowedPrevious"/>; null tries every previous label.</param>
    /// <param name="incoming">From <see cref="Incoming"/>: with it, every previous label is tried with SIMD (for models whose transitions are all allowed).</param>
    public static void Decode(ReadOnlySpan<float> emissions, int length, int labels, ReadOnlySpan<float> transitions, int[][]? allowedPrevious, DecodeBuffers buffers, Span<int> best, float[]? incoming = null)
    {
        if (length == 0)
            return;
        var stride = labels + 1;
        buffers.Ensure(length * labels);
        var score = buffers.Score;
        var back = buffers.Back;
        for (var y = 0; y < labels; y++)
        {
            score[y] = emissions[y] + transitions[labels * stride + y];
            back[y] = -1;
        }

        for (var i = 1; i < length; i++)
        {
            var row = i * labels;
            var prevRow = row - labels;
            for (var y = 0; y < labels; y++)
            {
                var bestScore = float.NegativeInfinity;
                var bestPrev = 0;
                if (incoming is not null)
                {
                    (bestScore, bestPrev) = BestPrevious(score.AsSpan(prevRow, labels), incoming.AsSpan(y * labels, labels));
                }
                else if (allowedPrevious is null)
                {
                    for (var p = 0; p < labels; p++)
                    {
                        var s = score[prevRow + p] + transitions[p * stride + y];
                        if (s > bestScore)
                            (bestScore, bestPrev) = (s, p);
                    }
                }
                else
                {
                    foreach (var p in allowedPrevious[y])
                    {
                        var s = score[prevRow + p] + transitions[p * stride + y];
                        if (s > bestScore)
                            (bestScore, bestPrev) = (s, p);
                    }
                }

                score[row + y] = bestScore + emissions[row + y];
                back[row + y] = bestPrev;
            }
        }

        var last = (length - 1) * labels;
        var bestEnd = 0;
        var bestFinal = float.NegativeInfinity;
        for (var y = 0; y < labels; y++)
        {
            var s = score[last + y] + transitions[y * stride + labels];
            if (s > bestFinal)
            {
                bestFinal = s;
                bestEnd = y;
            }
        }

        best[length - 1] = bestEnd;
        for (var i = length - 1; i > 0; i--)
            best[i - 1] = back[i * labels + best[i]];
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
