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
        var lanes = Vector<float>.Count;
        var next = transitions.Next;
        buffers.Ensure(length * width);
        var score = buffers.Score.AsSpan(0, length * width);
        var back = buffers.Back.AsSpan(0, length * width);
        for (var y = 0; y < labels; y++)
            score[y] = emissions[y] + next[labels * width + y];

        for (var i = 1; i < length; i++)
        {
            var previous = score.Slice((i - 1) * width, labels);
            for (var chunk = 0; chunk < width / lanes; chunk++)
            {
                var first = chunk * lanes;
                var bestScores = new Vector<float>(float.NegativeInfinity);
                var bestLabels = Vector<int>.Zero;
                foreach (var p in transitions.Sources(chunk))
                {
                    var candidates = new Vector<float>(previous[p]) + new Vector<float>(next.Slice(p * width + first, lanes));
                    var better = Vector.GreaterThan(candidates, bestScores);
                    bestScores = Vector.ConditionalSelect(better, candidates, bestScores);
                    bestLabels = Vector.ConditionalSelect(better, new Vector<int>(p), bestLabels);
                }

                var row = i * width + first;
                bestLabels.CopyTo(back[row..]);
                if (first + lanes <= labels)
                {
                    (bestScores + new Vector<float>(emissions.Slice(i * labels + first, lanes))).CopyTo(score[row..]);
                    continue;
                }

                for (var lane = 0; first + lane < labels; lane++)
                    score[row + lane] = bestScores[lane] + emissions[i * labels + first + lane];
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
