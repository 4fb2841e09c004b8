using System.Numerics;

namespace Chronicle.Tagging;

/// <summary>
/// A model's transition scores laid out for <see cref="Viterbi"/>: one row per previous label (and
/// one for the sentence start), each padded with -∞ to a whole number of pairs of SIMD vectors, so
/// that the decoder scores two vectors of next labels at once. For each pair it also keeps the
/// previous labels that can reach any of its labels, so the tag scheme's forbidden transitions (BILOU's
/// "I-" after "O") cost nothing. Which transitions are allowed is fixed; their scores can be refilled
/// (<see cref="Fill"/>), as training does after every update.
/// </summary>
internal sealed class TransitionTable
{
    private readonly float[] _next;
    private readonly float[] _end;
    private readonly int[][] _sources;

    /// <param name="transitions">The (L+1)×(L+1) matrix [previous, next] whose index L is the sentence boundary; -∞ marks a forbidden transition.</param>
    public TransitionTable(ReadOnlySpan<float> transitions, int labels)
    {
        Labels = labels;
        Width = (labels + PairWidth - 1) / PairWidth * PairWidth;
        _next = new float[(labels + 1) * Width];
        _end = new float[labels];
        Fill(transitions);
        _sources = new int[Width / PairWidth][];
        for (var pair = 0; pair < _sources.Length; pair++)
        {
            var sources = new List<int>();
            for (var p = 0; p < labels; p++)
            {
                if (_next.AsSpan(p * Width + pair * PairWidth, PairWidth).ContainsAnyExcept(float.NegativeInfinity))
                    sources.Add(p);
            }

            _sources[pair] = [.. sources];
        }
    }

    public int Labels { get; }

    /// <summary>Two SIMD vectors of labels, the unit that decoding scores at once.</summary>
    public static int PairWidth => 2 * Vector<float>.Count;

    /// <summary>The padded row length: <see cref="Labels"/> rounded up to whole pairs of vectors.</summary>
    public int Width { get; }

    /// <summary>Rows of <see cref="Width"/> scores: row p for previous label p, row <see cref="Labels"/> for the sentence start.</summary>
    public ReadOnlySpan<float> Next => _next;

    /// <summary>The score of ending the sentence on each label.</summary>
    public ReadOnlySpan<float> End => _end;

    /// <summary>The previous labels, in ascending order, with an allowed transition into some label of the <paramref name="pair"/>-th pair of vectors.</summary>
    public ReadOnlySpan<int> Sources(int pair) => _sources[pair];

    /// <summary>Copies new scores in; a forbidden transition must stay forbidden and an allowed one finite.</summary>
    public void Fill(ReadOnlySpan<float> transitions)
    {
        var stride = Labels + 1;
        _next.AsSpan().Fill(float.NegativeInfinity);
        for (var p = 0; p <= Labels; p++)
            transitions.Slice(p * stride, Labels).CopyTo(_next.AsSpan(p * Width, Labels));
        for (var y = 0; y < Labels; y++)
            _end[y] = transitions[y * stride + Labels];
    }
}
