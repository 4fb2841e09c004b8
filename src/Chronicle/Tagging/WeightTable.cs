using System.Numerics;
using System.Runtime.CompilerServices;

namespace Chronicle.Tagging;

/// <summary>
/// The model's weights laid out for tagging speed: an open-addressing table from feature hash to the
/// feature's run of (label, weight) entries, slot and run each in one place in memory, so a feature
/// costs about two cache misses where a Dictionary and parallel arrays cost five or six.
/// </summary>
internal sealed class WeightTable
{
    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly int _mask;

    public WeightTable(ReadOnlySpan<ulong> hashes, ReadOnlySpan<int> rowStart, ReadOnlySpan<ushort> labels, ReadOnlySpan<float> weights)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, hashes.Length * 2));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (var r = 0; r < hashes.Length; r++)
        {
            var i = (int)(hashes[r] & (ulong)_mask);
            while (_slots[i].Count != 0)
                i = (i + 1) & _mask;
            _slots[i] = new Slot(hashes[r], rowStart[r], rowStart[r + 1] - rowStart[r]);
        }

        _entries = new Entry[weights.Length];
        for (var e = 0; e < weights.Length; e++)
            _entries[e] = new Entry(labels[e], weights[e]);
    }

    /// <summary>Adds the weights of a feature to the scores of its labels; an unknown feature adds nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTo(ulong hash, Span<float> scores)
    {
        var i = (int)(hash & (ulong)_mask);
        while (true)
        {
            ref readonly var slot = ref _slots[i];
            if (slot.Count == 0)
                return;
            if (slot.Key == hash)
            {
                foreach (var entry in _entries.AsSpan(slot.Start, slot.Count))
                    scores[entry.Label] += entry.Weight;
                return;
            }

            i = (i + 1) & _mask;
        }
    }

    private readonly record struct Slot(ulong Key, int Start, int Count);

    private readonly record struct Entry(int Label, float Weight);
}
