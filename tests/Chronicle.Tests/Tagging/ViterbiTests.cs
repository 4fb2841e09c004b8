using Chronicle.Tagging;

namespace Chronicle.Tests.Tagging;

public class ViterbiTests
{
    // Label counts below, at and above a SIMD vector's width, so whole and partial vectors are both decoded.
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(17)]
    public void Decoding_finds_the_best_scoring_allowed_sequence(int labels)
    {
        var random = new Random(labels);
        for (var trial = 0; trial < 40; trial++)
        {
            // Small whole numbers: sums are exact in float, and ties are frequent.
            var transitions = new float[(labels + 1) * (labels + 1)];
            for (var t = 0; t < transitions.Length; t++)
                transitions[t] = random.Next(5) == 0 && t % (labels + 2) != 0 ? float.NegativeInfinity : random.Next(-3, 4);
            var length = random.Next(1, 5);
            var emissions = Enumerable.Range(0, length * labels).Select(_ => (float)random.Next(-3, 4)).ToArray();
            var decoded = new int[length];

            Viterbi.Decode(emissions, length, new TransitionTable(transitions, labels), new DecodeBuffers(), decoded);

            Assert.Equal(BestScore(emissions, length, labels, transitions), Score(decoded, emissions, labels, transitions));
        }
    }

    private static float Score(int[] sequence, float[] emissions, int labels, float[] transitions)
    {
        var stride = labels + 1;
        var previous = labels;
        var score = 0f;
        for (var i = 0; i < sequence.Length; i++)
        {
            score += transitions[previous * stride + sequence[i]] + emissions[i * labels + sequence[i]];
            previous = sequence[i];
        }

        return score + transitions[previous * stride + labels];
    }

    /// <summary>The best score over every label sequence, by enumeration.</summary>
    private static float BestScore(float[] emissions, int length, int labels, float[] transitions)
    {
        var best = float.NegativeInfinity;
        var sequence = new int[length];
        for (var code = 0; code < (int)Math.Pow(labels, length); code++)
        {
            for (int i = 0, rest = code; i < length; i++, rest /= labels)
                sequence[i] = rest % labels;
            best = Math.Max(best, Score(sequence, emissions, labels, transitions));
        }

        return best;
    }
}
