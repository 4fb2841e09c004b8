using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Chronicle.Tagging;

/// <summary>
/// The model's weights laid out for tagging speed: an open-addressing table from feature hash to the
/// feature's run of (label, weight) entries, slot and run each in one place in memory, so a feature
/// costs about two cache misses where a Dictionary and parallel arrays cost five or six. A slot is
/// 8 bytes: the hash's high 32 bits (its low bits chose the slot) and the run's start and length
/// packed in one int. Both arrays live in <see cref="HugePageMemory"/>, freed with the table: a
/// caller keeps the table alive (GC.KeepAlive) until its last lookup, not only until its last call
/// (a call's reads of the memory may outlive the table's last use in it).
/// </summary>
/// <remarks>
/// The tables are larger than the processor's cache, so those two misses are most of a tagger's
/// time. Taggers therefore look up a whole sentence's features in three passes rather than one at a
/// time: <see cref="Prefetch"/> every slot, then <see cref="Find"/> every run (which also prefetches
/// it), then <see cref="AddRun"/>; the memory loads of a pass overlap instead of waiting one by one.
/// </remarks>
internal sealed unsafe class WeightTable
{
    private readonly HugePageMemory _slotMemory;
    private readonly HugePageMemory _entryMemory;
    private readonly Slot* _slots;
    private readonly Entry* _entries;
    private readonly int _mask;

    public WeightTable(ReadOnlySpan<ulong> hashes, ReadOnlySpan<int> rowStart, ReadOnlySpan<ushort> labels, ReadOnlySpan<float> weights)
    {
        if (weights.Length >= 1 << StartBits)
            throw new InvalidDataException($"A model may hold at most {1 << StartBits} weights.");
        if (rowStart.Length != hashes.Length + 1 || rowStart[0] != 0 || rowStart[^1] != weights.Length || labels.Length != weights.Length)
            throw new InvalidDataException("The weight rows do not match the weights.");
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, hashes.Length * 3 / 2));
        _slotMemory = new HugePageMemory((nuint)capacity * (nuint)sizeof(Slot));
        _slots = (Slot*)_slotMemory.Pointer;
        _mask = capacity - 1;
        for (var r = 0; r < hashes.Length; r++)
        {
            var count = rowStart[r + 1] - rowStart[r];
            if (count is < 0 or > MaxRun)
                throw new InvalidDataException($"A feature may weigh at most {MaxRun} labels.");
            var i = (int)(hashes[r] & (ulong)_mask);
            while (_slots[i].Packed != 0)
                i = (i + 1) & _mask;
            _slots[i] = new Slot(KeyOf(hashes[r]), (count << StartBits) | rowStart[r]);
        }

        _entryMemory = new HugePageMemory((nuint)weights.Length * (nuint)sizeof(Entry));
        _entries = (Entry*)_entryMemory.Pointer;
        for (var e = 0; e < weights.Length; e++)
            _entries[e] = new Entry(labels[e], weights[e]);
    }

    /// <summary>Starts loading the slot of a feature into the cache, for a <see cref="Find"/> soon after.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ulong hash)
    {
        if (Sse.IsSupported)
            Sse.Prefetch0(_slots + (hash & (ulong)_mask));
    }

    /// <summary>The run of a feature's weights (0 for an unknown feature), its first entries prefetched for <see cref="AddRun"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong hash)
    {
        var i = (int)(hash & (ulong)_mask);
        var key = KeyOf(hash);
        while (true)
        {
            var slot = _slots[i];
            if (slot.Packed == 0 || slot.Key == key)
            {
                if (Sse.IsSupported && slot.Packed != 0)
                    Sse.Prefetch0(_entries + (slot.Packed & StartMask));
                        return slot.Packed;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>Adds the weights of a run from <see cref="Find"/> to the scores of their labels.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddRun(int run, Span<float> scores)
    {
        foreach (var entry in new ReadOnlySpan<Entry>(_entries + (run & StartMask), run >>> StartBits))
            scores[entry.Label] += entry.Weight;
    }

    private const int StartBits = 24;
    private const int StartMask = (1 << StartBits) - 1;
    private const int MaxRun = 127;

    private static uint KeyOf(ulong hash) => (uint)(hash >> 32);

    /// <summary>A run's start (low 24 bits) and length (high bits); 0 only in empty slots, since every kept feature has a weight.</summary>
    private readonly record struct Slot(uint Key, int Packed);

    private readonly record struct Entry(int Label, float Weight);
}
