using Chronicle.Text;

namespace Chronicle.Tagging;

/// <summary>
/// The feature templates of the sequence tagger: the word, its lower-cased form, shape, prefixes and
/// suffixes, its neighbours two either side, word bigrams, capitalization in context, and, when the
/// model asks for them, part-of-speech tags, gazetteer membership and word clusters. Each feature is a 64-bit hash.
/// </summary>
/// <param name="treebankBrackets">
/// Read brackets as the Penn Treebank writes them ("(" as "-LRB-"): POS models learn from OntoNotes,
/// which has no other brackets, so a bracket in real text would otherwise be a word never seen.
/// </param>
/// <param name="clusters">The word clusters, for models that use them.</param>
internal sealed class FeatureExtractor(FeatureOptions options, Gazetteer? gazetteer, TagLexicon? lexicon, bool treebankBrackets = false, WordClusters? clusters = null)
{
    private const ulong Before = 0x5bd1e995, After = 0x1b873593, Before2 = 0x85ebca6b, After2 = 0xc2b2ae35;

    public FeatureOptions Options { get; } = options;

    /// <summary>How many of a token's features depend on nothing but the word and whether it opens the sentence: they come first.</summary>
    public int WordFeatureCount => (Options.UseLexicon ? 15 : 13) + (Options.UseClusters ? ClusterWordFeatures : 0);

    // A token's own classes, one a granularity, and its middle-granularity class with its shape.
    private int ClusterWordFeatures => ClusterLevels + 1;

    private int ClusterLevels => clusters?.Levels ?? 0;

    /// <summary>Fills <paramref name="features"/> with the feature hashes of every token of a sentence.</summary>
    /// <param name="pos">POS tags of the tokens, when the model uses them.</param>
    public void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<string>? pos, SentenceFeatures features)
    {
        var n = tokens.Length;
        features.Reset(n);
        for (var i = 0; i < n; i++)
        {
            var word = WordAt(text, tokens[i]);
            features.Word[i] = FeatureHash.Of(word, fold: false);
            features.Lower[i] = FeatureHash.Of(word, fold: true);
            features.Shape[i] = FeatureHash.Shape(word);
            features.Suffix3[i] = FeatureHash.Suffix(word, 3);
            features.Flags[i] = FlagsOf(word, i == 0);
            features.Pos[i] = Options.UsePos && pos is not null ? FeatureHash.Of(pos[i], fold: false) : 0;
            lexicon?.Prefetch(features.Lower[i]);
            if (Options.UseClusters)
                clusters?.Prefetch(features.Word[i]);
        }

        if (Options.UseGazetteer && gazetteer is not null)
            gazetteer.Mark(features.Lower.AsSpan(0, n), features.Gazetteer);

        // Looked up once the whole sentence is hashed, so the prefetches above have had time to arrive.
        for (var i = 0; i < n; i++)
        {
            features.Ambiguity[i] = lexicon?.ClassOf(features.Lower[i]) ?? TagLexicon.Unknown;
            features.Cluster[i] = Options.UseClusters ? clusters?.CodeOf(features.Word[i]) ?? 0 : 0;
        }

        for (var i = 0; i < n; i++)
            ExtractToken(WordAt(text, tokens[i]), i, features);
    }

    private ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, Token token)
    {
        var word = text[token.Start..token.End];
        if (!treebankBrackets || word.Length != 1)
            return word;
        return word[0] switch
        {
            '(' => "-LRB-",
            ')' => "-RRB-",
            '[' => "-LSB-",
            ']' => "-RSB-",
            '{' => "-LCB-",
            '}' => "-RCB-",
            _ => word,
        };
    }

    private void ExtractToken(ReadOnlySpan<char> word, int i, SentenceFeatures f)
    {
        var h = f.Hashes.AsSpan(i * SentenceFeatures.PerToken, SentenceFeatures.PerToken);
        var k = 0;
        var lower = f.Lower[i];
        var prev = Part(f, f.Lower, i - 1, Before);
        var next = Part(f, f.Lower, i + 1, After);
        var prevShape = Part(f, f.Shape, i - 1, Before);
        var nextShape = Part(f, f.Shape, i + 1, After);

        // The word's own features come first, WordFeatureCount of them, so taggers can cache their sum per word.
        h[k++] = FeatureHash.Mix(0, 0);
        h[k++] = FeatureHash.Mix(1, f.Word[i]);
        h[k++] = FeatureHash.Mix(2, lower);
        h[k++] = FeatureHash.Mix(3, f.Shape[i]);
        for (var n = 1; n <= 4; n++)
        {
            h[k++] = FeatureHash.Mix(4, FeatureHash.Suffix(word, n));
            h[k++] = FeatureHash.Mix(5, FeatureHash.Prefix(word, n));
        }

        h[k++] = FeatureHash.Mix(18, (ulong)f.Flags[i]);
        if (Options.UseLexicon)
        {
            h[k++] = FeatureHash.Mix(50, f.Ambiguity[i]);
            h[k++] = FeatureHash.Mix(56, f.Ambiguity[i], f.Suffix3[i]);
        }

        if (Options.UseClusters)
        {
            for (var level = 0; level < ClusterLevels; level++)
                h[k++] = FeatureHash.Mix(60 + (ulong)level, WordClusters.Level(f.Cluster[i], level));
            h[k++] = FeatureHash.Mix(64, WordClusters.Level(f.Cluster[i], MiddleLevel), f.Shape[i]);
        }

        h[k++] = FeatureHash.Mix(6, prev);
        h[k++] = FeatureHash.Mix(7, next);
        h[k++] = FeatureHash.Mix(8, Part(f, f.Lower, i - 2, Before2));
        h[k++] = FeatureHash.Mix(9, Part(f, f.Lower, i + 2, After2));
        h[k++] = FeatureHash.Mix(10, Part(f, f.Suffix3, i - 1, Before));
        h[k++] = FeatureHash.Mix(11, Part(f, f.Suffix3, i + 1, After));
        h[k++] = FeatureHash.Mix(12, prevShape);
        h[k++] = FeatureHash.Mix(13, nextShape);
        h[k++] = FeatureHash.Mix(14, prev, lower);
        h[k++] = FeatureHash.Mix(15, lower, next);
        h[k++] = FeatureHash.Mix(16, prev, next);
        h[k++] = FeatureHash.Mix(17, prevShape, f.Shape[i], nextShape);
        h[k++] = FeatureHash.Mix(19, (ulong)f.Flags[i], prev);
        h[k++] = FeatureHash.Mix(20, (ulong)f.Flags[i], Part(f, f.Word, i + 1, After));
        h[k++] = FeatureHash.Mix(21, Part(f, f.Word, i - 1, Before), f.Word[i]);

        if (Options.UsePos)
        {
            var pos = f.Pos[i];
            var prevPos = Part(f, f.Pos, i - 1, Before);
            var nextPos = Part(f, f.Pos, i + 1, After);
            h[k++] = FeatureHash.Mix(30, pos);
            h[k++] = FeatureHash.Mix(31, prevPos);
            h[k++] = FeatureHash.Mix(32, nextPos);
            h[k++] = FeatureHash.Mix(33, prevPos, pos);
            h[k++] = FeatureHash.Mix(34, pos, nextPos);
            h[k++] = FeatureHash.Mix(35, pos, f.Shape[i]);
            if (Options.UseFirstPass)
            {
                var nextPos2 = Part(f, f.Pos, i + 2, After2);
                h[k++] = FeatureHash.Mix(36, nextPos2);
                h[k++] = FeatureHash.Mix(37, nextPos, nextPos2);
                h[k++] = FeatureHash.Mix(38, lower, nextPos);
                h[k++] = FeatureHash.Mix(39, prevPos, nextPos);
                h[k++] = FeatureHash.Mix(42, f.Ambiguity[i], nextPos);
                h[k++] = FeatureHash.Mix(43, lower, nextPos, nextPos2);
                h[k++] = FeatureHash.Mix(44, f.Suffix3[i], nextPos);
                h[k++] = FeatureHash.Mix(45, next, nextPos);
            }
        }

        if (Options.UseLexicon)
        {
            var ambiguity = f.Ambiguity[i];
            var prevAmbiguity = Part(f, f.Ambiguity, i - 1, Before);
            var nextAmbiguity = Part(f, f.Ambiguity, i + 1, After);
            h[k++] = FeatureHash.Mix(51, prevAmbiguity);
            h[k++] = FeatureHash.Mix(52, nextAmbiguity);
            h[k++] = FeatureHash.Mix(53, prevAmbiguity, ambiguity);
            h[k++] = FeatureHash.Mix(54, ambiguity, nextAmbiguity);
            h[k++] = FeatureHash.Mix(55, Part(f, f.Ambiguity, i + 2, After2));
        }

        if (Options.UseClusters && !Options.TokenClustersOnly)
        {
            for (var level = 0; level < ClusterLevels; level++)
            {
                h[k++] = FeatureHash.Mix(65 + (ulong)level, ClusterAt(f, i - 1, level, Before));
                h[k++] = FeatureHash.Mix(69 + (ulong)level, ClusterAt(f, i + 1, level, After));
            }

            var cluster = WordClusters.Level(f.Cluster[i], MiddleLevel);
            h[k++] = FeatureHash.Mix(73, ClusterAt(f, i - 1, MiddleLevel, Before), cluster);
            h[k++] = FeatureHash.Mix(74, cluster, ClusterAt(f, i + 1, MiddleLevel, After));
        }

        if (Options.UseGazetteer)
        {
            var codes = f.Gazetteer.AsSpan(i * Gazetteer.MaxCodesPerToken, Gazetteer.MaxCodesPerToken);
            foreach (var code in codes)
            {
                if (code == 0)
                    break;
                h[k++] = FeatureHash.Mix(40, code);
                h[k++] = FeatureHash.Mix(41, code, f.Shape[i]);
            }
        }
    }

    // The granularity paired with shape and with the neighbours' classes: fine enough to tell names
    // from other words, coarse enough to be seen often in pairs.
    private int MiddleLevel => ClusterLevels / 2;

    /// <summary>The class at one granularity of the token at <paramref name="i"/> (0: none), or a marker for before/after the sentence.</summary>
    private static ulong ClusterAt(SentenceFeatures f, int i, int level, ulong outside) =>
        i < 0 || i >= f.Count ? outside : WordClusters.Level(f.Cluster[i], level);

    /// <summary>A per-token part of the token at <paramref name="i"/>, or a marker for before/after the sentence.</summary>
    private static ulong Part(SentenceFeatures f, ulong[] parts, int i, ulong outside) => i < 0 || i >= f.Count ? outside : parts[i];

    private static TokenFlags FlagsOf(ReadOnlySpan<char> word, bool first)
    {
        var flags = first ? TokenFlags.SentenceStart : TokenFlags.None;
        if (word.Length > 0 && char.IsUpper(word[0]))
            flags |= TokenFlags.InitialCapital;
        if (word.Length > 1 && !word.ContainsAnyExcept(UpperOrPunct))
            flags |= TokenFlags.AllCapitals;
        if (word.IndexOfAnyInRange('0', '9') >= 0)
            flags |= TokenFlags.HasDigit;
        if (word.Contains('-'))
            flags |= TokenFlags.HasHyphen;
        if (word.Contains('.'))
            flags |= TokenFlags.HasPeriod;
        if (word.Length > 12)
            flags |= TokenFlags.LongWord;
        return flags;
    }

    private static readonly System.Buffers.SearchValues<char> UpperOrPunct =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.-&'");
}
