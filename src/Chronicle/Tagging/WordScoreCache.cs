using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Chronicle.Tagging;

/// <summary>
/// The summed label scores of a word's own features (those that depend on the word alone), kept per
/// word so that a frequent word costs one lookup instead of a dozen. Shared by all threads; it stops
/// growing at about <see cref="Capacity"/> words, so memory stays bounded whatever the input.
/// </summary>
/// <remarks>
/// An open-addressing table of fixed size, read without locks: a ConcurrentDictionary's lookups cost
/// about 5% of tagging (its nodes are one more cache miss, and its Count takes every lock). A word's
/// key is claimed with a compare-and-swap and its scores published after it, so a reader that finds
/// the key before the scores takes it as a miss, and scores once seen never change.
/// </remarks>
internal sealed unsafe class WordScoreCache
{
    public const int Capacity = 100_000;

    /// <summary>What <see cref="Find"/> answers for a word that is not cached.</summary>
    public const int Missing = -1;

    // 2^18 slots: at Capacity the table is under 40% full, so probe runs stay short.
    private const int SlotBits = 18;
    private const int SlotMask = (1 << SlotBits) - 1;

    // A key of 0 marks a free slot; word keys are well-mixed hashes, and a word whose key is 0 is simply never cached.
    private readonly ulong[] _keys = new ulong[1 << SlotBits];
    private readonly float[]?[] _scores = new float[]?[1 << SlotBits];
    private int _count;

    /// <summary>The slot holding a word's scores (read them with <see cref="ScoresAt"/>), or <see cref="Missing"/>.</summary>
    public int Find(ulong word)
    {
        if (word == 0)
            return Missing;
        for (var slot = SlotOf(word); ; slot = (slot + 1) & SlotMask)
        {
            var key = Volatile.Read(ref _keys[slot]);
            if (key == word)
                return Volatile.Read(ref _scores[slot]) is null ? Missing : slot;
            if (key == 0)
                return Missing;
        }
    }

    /// <summary>Starts loading a word's slot into the cache, for a <see cref="Find"/> soon after.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ulong word)
    {
        // The arrays may move before the lookup; a prefetch of the old place is only wasted.
        if (!Sse.IsSupported)
            return;
        var slot = SlotOf(word);
        Sse.Prefetch0(Unsafe.AsPointer(ref _keys[slot]));
        Sse.Prefetch0(Unsafe.AsPointer(ref _scores[slot]));
    }

    /// <summary>The scores in a slot that <see cref="Find"/> answered.</summary>
    public float[] ScoresAt(int slot) => _scores[slot]!;

    /// <summary>Caches a word's scores, unless the table is full or another thread cached the word first.</summary>
    public void Add(ulong word, ReadOnlySpan<float> scores)
    {
        if (word == 0 || Volatile.Read(ref _count) >= Capacity)
            return;
        for (var slot = SlotOf(word); ; slot = (slot + 1) & SlotMask)
        {
            var key = Interlocked.CompareExchange(ref _keys[slot], word, 0);
            if (key == word)
                return;
            if (key != 0)
                continue;
            Volatile.Write(ref _scores[slot], scores.ToArray());
            Interlocked.Increment(ref _count);
            return;
        }
    }

    private static int SlotOf(ulong word) => (int)(word >> (64 - SlotBits));
}
