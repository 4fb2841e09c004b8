namespace Chronicle.Tagging;

/// <summary>
/// Scores and updates with dense token vectors. Each vector is scaled to a fixed length first, which
/// sets how much it weighs in a perceptron step against the token's few dozen binary features; the
/// length is a training option, kept in the model's metadata.
/// </summary>
internal static class DenseFeatures
{
    /// <summary>The vector length of models that do not say (the first accurate models).</summary>
    public const float DefaultLength = 4f;

    public const string MetadataKey = "vector_length";

    /// <summary>The factor that brings a vector to <paramref name="length"/> (0 for a zero vector).</summary>
    public static float Scale(ReadOnlySpan<float> vector, float length)
    {
        var squares = 0f;
        foreach (var v in vector)
            squares += v * v;
        return squares > 0 ? length / MathF.Sqrt(squares) : 0;
    }

    /// <summary>Adds the scaled vector times the weights ([dimension, label]) to a token's label scores.</summary>
    public static void AddScores(ReadOnlySpan<float> vector, float length, ReadOnlySpan<float> weights, Span<float> scores)
    {
        var labels = scores.Length;
        var scale = Scale(vector, length);
        for (var d = 0; d < vector.Length; d++)
        {
            var x = vector[d] * scale;
            if (x != 0)
                VectorMath.AddScaled(scores, weights.Slice(d * labels, labels), x);
        }
    }

    /// <summary>The perceptron step for one mistagged token: weights ([dimension, label]) move toward the gold label and away from the predicted one.</summary>
    public static void Update(ReadOnlySpan<float> vector, float length, int gold, int predicted, int labels, AveragedWeights weights)
    {
        var scale = Scale(vector, length);
        for (var d = 0; d < vector.Length; d++)
        {
            var x = vector[d] * scale;
            weights.Add(d * labels + gold, x);
            weights.Add(d * labels + predicted, -x);
        }
    }
}
