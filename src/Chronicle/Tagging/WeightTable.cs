using System.Numerics;
using System.Runtime.CompilerServices;

namespace Chronicle.Tagging;

/// <summary>
/// The model's weights laid out for tagging speed: an open-addressing table from feature hash to the
/// feature's run of (label, weight) entries, slot and run each in one place in memory, so a feature
/// costs about two cache misses where a Dictionary and parallel arrays cost five or six. A slot is
/// 8 bytes: the hash's high 32 bits (its low bits chose the slot) and the run's start and length
/// packed in one int, so that a model's table fits the processor's cache where it can.
/// </summary>
internal sealed class WeightTable
{
    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly int _mask;

    public WeightTable(ReadOnlySpan<ulong> hashes, ReadOnlySpan<int> rowStart, ReadOnlySpan<ushort> labels, ReadOnlySpan<float> weights)
    {
        if (weights.Length >= 1 << StartBits)
            throw new InvalidDataException($"A model may hold at most {1 << StartBits} weights.");
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, hashes.Length * 3 / 2));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (var r = 0; r < hashes.Length; r++)
        {
            var count = rowStart[r + 1] - rowStart[r];
            if (count > MaxRun)
                throw new InvalidDataException($"A feature may weigh at most {MaxRun} labels.");
            var i = (int)(hashes[r] & (ulong)_mask);
            while (_slots[i].Packed != 0)
                i = (i + 1) & _mask;
            _slots[i] = new Slot(KeyOf(hashes[r]), (count << StartBits) | rowStart[r]);
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
        var key = KeyOf(hash);
        while (true)
        {
            var slot = _slots[i];
            if (slot.Packed == 0)
                return;
            if (slot.Key == key)
            {
                foreach (var entry in _entries.AsSpan(slot.Packed & StartMask, slot.Packed >>> StartBits))
                    scores[entry.Label] += entry.Weight;
                return;
            }

            i = (i + 1) & _mask;
        }
    }

    private const int StartBits = 24;
    private const int StartMask = (1 << StartBits) - 1;
    private const int MaxRun = 127;

    private static uint KeyOf(ulong hash) => (uint)(hash >> 32);

    /// <summary>A run's start (low 24 bits) and length (high bits); 0 only in empty slots, since every kept feature has a weight.</summary>
    private readonly record struct Slot(uint Key, int Packed);

    private readonly record struct Entry(int Label, float Weight);
}
