using System.Numerics;

namespace Chronicle.Tagging;

/// <summary>Row arithmetic on label scores, with SIMD where the machine has it.</summary>
internal static class VectorMath
{
    /// <summary>into += values × factor.</summary>
    public static void AddScaled(Span<float> into, ReadOnlySpan<float> values, float factor = 1f)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<float>.Count;
            var f = new Vector<float>(factor);
            for (; i <= into.Length - width; i += width)
                (new Vector<float>(into[i..]) + new Vector<float>(values[i..]) * f).CopyTo(into[i..]);
        }

        for (; i < into.Length; i++)
            into[i] += values[i] * factor;
    }
}
