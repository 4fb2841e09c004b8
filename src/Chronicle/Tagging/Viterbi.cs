namespace Chronicle.Tagging;

/// <summary>
/// Exact first-order decoding: the label sequence with the highest sum of emission and transition
/// scores. Transitions are an (L+1)×(L+1) matrix whose index L is the sentence boundary (start as
/// a previous label, end as a next one); a disallowed transition (an "I-" after "O") scores -∞.
/// </summary>
internal static class Viterbi
{
    public static void Decode(ReadOnlySpan<float> emissions, int length, int labels, ReadOnlySpan<float> transitions, DecodeBuffers buffers, Span<int> best)
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
                for (var p = 0; p < labels; p++)
                {
                    var s = score[prevRow + p] + transitions[p * stride + y];
                    if (s > bestScore)
                    {
                        bestScore = s;
                        bestPrev = p;
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
