using Chronicle.Tagging;

namespace Chronicle.Tests.Tagging;

public sealed class TokenVectorCacheTests : IDisposable
{
    private readonly ScratchDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Vectors made from the words' lengths, counting how often it is asked.</summary>
    private sealed class CountingVectors : ITokenVectors
    {
        public int Calls { get; private set; }

        public int Dimensions => 3;

        public float[][] Encode(IReadOnlyList<IReadOnlyList<string>> sentences)
        {
            Calls++;
            return [.. sentences.Select(s => s.SelectMany(w => new float[] { w.Length, 1, -w.Length }).ToArray())];
        }
    }

    private static readonly IReadOnlyList<string>[] Sentences = [["Rain", "fell", "."], ["Ports", "closed", "early", "."]];

    [Fact]
    public void The_same_sentences_are_encoded_once_and_read_back_the_same()
    {
        var inner = new CountingVectors();
        var cache = new TokenVectorCache(inner, _dir.Root, "counting");

        var first = cache.Encode(Sentences);
        var second = new TokenVectorCache(inner, _dir.Root, "counting").Encode(Sentences);

        Assert.Equal(1, inner.Calls);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Other_sentences_or_another_encoder_are_encoded_afresh()
    {
        var inner = new CountingVectors();

        new TokenVectorCache(inner, _dir.Root, "counting").Encode(Sentences);
        new TokenVectorCache(inner, _dir.Root, "counting").Encode([Sentences[0]]);
        new TokenVectorCache(inner, _dir.Root, "another").Encode(Sentences);

        Assert.Equal(3, inner.Calls);
    }
}
