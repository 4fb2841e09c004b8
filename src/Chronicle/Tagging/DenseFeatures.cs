namespace Chronicle.Tagging;

/// <summary>
/// Scores and updates with dense token vectors. Each vector is scaled to a fixed length first, so that
/// it weighs about as much in a perceptron step as the token's few dozen binary features do together.
/// </summary>
internal static class DenseFeatures
{
    private const float Length = 4f;

    /// <summary>The factor that brings a vector to the fixed length (0 for a zero vector).</summary>
    public static float Scale(ReadOnlySpan<float> vector)
    {
        var squares = 0f;
        foreach (var v in vector)
            squares += v * v;
        return squares > 0 ? Length / MathF.Sqrt(squares) : 0;
    }

    /// <summary>Adds the scaled vector times the weights ([dimension, label]) to a token's label scores.</summary>
    public static void AddScores(ReadOnlySpan<float> vector, ReadOnlySpan<float> weights, Span<float> scores)
    {
        var labels = scores.Length;
        var scale = Scale(vector);
        for (var d = 0; d < vector.Length; d++)
        {
            var x = vector[d] * scale;
            if (x != 0)
                VectorMath.AddScaled(scores, weights.Slice(d * labels, labels), x);
        }
    }

    /// <summary>The perceptron step for one mistagged token: weights ([dimension, label]) move toward the gold label and away from the predicted one.</summary>
    public static void Update(ReadOnlySpan<float> vector, int gold, int predicted, int labels, AveragedWeights weights)
    {
        var scale = Scale(vector);
        for (var d = 0; d < vector.Length; d++)
        {
            var x = vector[d] * scale;
            weights.Add(d * labels + gold, x);
            weights.Add(d * labels + predicted, -x);
        }
    }
}
