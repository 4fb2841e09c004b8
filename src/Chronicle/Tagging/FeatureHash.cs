using System.Runtime.CompilerServices;

namespace Chronicle.Tagging;

/// <summary>64-bit hashing of feature parts without building strings: a feature is a template id mixed with hashes of its parts.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>FNV-1a over the chars of a span, lower-cased and with digits folded to '0' when asked.</summary>
    public static ulong Of(ReadOnlySpan<char> text, bool fold)
    {
        var h = Offset;
        foreach (var c in text)
        {
            var d = !fold ? c : char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
            h = (h ^ d) * Prime;
        }

        return h;
    }

    /// <summary>A hash of the last <paramref name="n"/> chars of a word (lower-cased), or of the whole word when it is shorter.</summary>
    public static ulong Suffix(ReadOnlySpan<char> word, int n) => Of(word.Length <= n ? word : word[^n..], fold: true) ^ (ulong)n;

    public static ulong Prefix(ReadOnlySpan<char> word, int n) => Of(word.Length <= n ? word : word[..n], fold: true) ^ ((ulong)n << 8);

    /// <summary>The word's short shape: runs of upper, lower, digit and other chars, each run once ("Xx-Xx", "d.d", "XX").</summary>
    public static ulong Shape(ReadOnlySpan<char> word)
    {
        var h = Offset;
        var last = '\0';
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s != last)
                h = (h ^ s) * Prime;
            last = s;
        }

        return h;
    }

    // Inlined: some 40 features a token are each a Mix, and the JIT does not inline it by itself.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong template, ulong a)
    {
        var h = (template + 1) * 0x9E3779B97F4A7C15 ^ a;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9;
        return h ^ (h >> 32);
    }

    public static ulong Mix(ulong template, ulong a, ulong b) => Mix(Mix(template, a), b);

    public static ulong Mix(ulong template, ulong a, ulong b, ulong c) => Mix(Mix(Mix(template, a), b), c);
}
