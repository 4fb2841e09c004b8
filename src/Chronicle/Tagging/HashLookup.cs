using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Chronicle.Tagging;

/// <summary>
/// A read-only map from 64-bit hashes to 64-bit values, for the per-token lookups of feature
/// extraction (the tag lexicon, the gazetteer's trie). Keys and values sit side by side in one
/// open-addressing array, so a lookup costs one cache miss where a Dictionary costs two (bucket, then
/// entry), and the caller can <see cref="Prefetch"/> it well before it needs the answer.
/// </summary>
internal sealed unsafe class HashLookup
{
    private readonly Pair[] _pairs;
    private readonly int _shift;

    // Key 0 marks a free slot, so a key of 0 is kept apart.
    private readonly bool _hasZero;
    private readonly ulong _zeroValue;

    /// <param name="keys">The keys; where one repeats, its last value counts.</param>
    public HashLookup(IReadOnlyList<ulong> keys, IReadOnlyList<ulong> values)
    {
        if (keys.Count != values.Count)
            throw new ArgumentException("One value per key.", nameof(values));
        // At most half full, so probe runs stay short.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Count * 2));
        _pairs = new Pair[capacity];
        _shift = 64 - BitOperations.Log2((uint)capacity);
        for (var k = 0; k < keys.Count; k++)
        {
            if (keys[k] == 0)
            {
                (_hasZero, _zeroValue) = (true, values[k]);
                continue;
            }

            var i = SlotOf(keys[k]);
            while (_pairs[i].Key != 0 && _pairs[i].Key != keys[k])
                i = (i + 1) & (capacity - 1);
            _pairs[i] = new Pair(keys[k], values[k]);
        }
    }

    public bool TryGetValue(ulong key, out ulong value)
    {
        if (key == 0)
        {
            value = _zeroValue;
            return _hasZero;
        }

        var pairs = _pairs;
        for (var i = SlotOf(key); ; i = (i + 1) & (pairs.Length - 1))
        {
            var pair = pairs[i];
            if (pair.Key == key)
            {
                value = pair.Value;
                return true;
            }

            if (pair.Key == 0)
            {
                value = 0;
                return false;
            }
        }
    }

    /// <summary>Starts loading the slot of a key into the cache, for a <see cref="TryGetValue"/> soon after.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ulong key)
    {
        // The array may move before the lookup; a prefetch of the old place is only wasted.
        if (Sse.IsSupported)
            Sse.Prefetch0(Unsafe.AsPointer(ref _pairs[SlotOf(key)]));
    }

    // Fibonacci hashing: the top bits of a multiply, well spread whichever bits of the key vary.
    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15) >> _shift);

    private readonly record struct Pair(ulong Key, ulong Value);
}
