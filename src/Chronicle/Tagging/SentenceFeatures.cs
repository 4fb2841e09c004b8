using Chronicle.Text;

namespace Chronicle.Tagging;

/// <summary>
/// Reusable buffers holding one sentence's feature hashes: <see cref="PerToken"/> slots a token, unused
/// slots left 0. One instance per thread; it grows to the longest sentence seen and is then reused,
/// so tagging allocates nothing per token.
/// </summary>
internal sealed class SentenceFeatures
{
    public const int PerToken = 60;

    public int Count { get; private set; }

    public ulong[] Hashes { get; private set; } = new ulong[64 * PerToken];

    // Per-token parts, computed once and combined into templates.
    public ulong[] Word = new ulong[64], Lower = new ulong[64], Shape = new ulong[64], Suffix3 = new ulong[64], Pos = new ulong[64], Ambiguity = new ulong[64], Cluster = new ulong[64];
    public TokenFlags[] Flags = new TokenFlags[64];
    public ulong[] Gazetteer = new ulong[64 * Tagging.Gazetteer.MaxCodesPerToken];

    public void Reset(int count)
    {
        Count = count;
        if (Word.Length < count)
        {
            var size = Math.Max(count, Word.Length * 2);
            Hashes = new ulong[size * PerToken];
            Word = new ulong[size];
            Lower = new ulong[size];
            Shape = new ulong[size];
            Suffix3 = new ulong[size];
            Pos = new ulong[size];
            Ambiguity = new ulong[size];
            Cluster = new ulong[size];
            Flags = new TokenFlags[size];
            Gazetteer = new ulong[size * Tagging.Gazetteer.MaxCodesPerToken];
        }

        Array.Clear(Hashes, 0, count * PerToken);
        Array.Clear(Gazetteer, 0, count * Tagging.Gazetteer.MaxCodesPerToken);
    }

    public ReadOnlySpan<ulong> Of(int token) => Hashes.AsSpan(token * PerToken, PerToken);
}
