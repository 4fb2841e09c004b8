namespace Chronicle.Tagging;

/// <summary>
/// The tags each training word took: a word's "ambiguity class" (for "back": JJ, NN, RB, VB) and its
/// neighbours' tell a POS tagger what the words can be before the context decides among them.
/// Tags a word took in under 5% of its uses are left out as likely annotation noise.
/// </summary>
internal sealed class TagLexicon
{
    private const double MinShare = 0.05;

    /// <summary>The class of a word the lexicon has never seen.</summary>
    public const ulong Unknown = 0x2545F4914F6CDD1D;

    private readonly HashLookup _classes;

    public TagLexicon(ulong[] words, ulong[] classes)
    {
        Words = words;
        Classes = classes;
        _classes = new HashLookup(words, classes);
    }

    /// <summary>Folded word hashes, sorted, and the class hash of each.</summary>
    public ulong[] Words { get; }

    public ulong[] Classes { get; }

    public ulong ClassOf(ulong foldedWord) => _classes.TryGetValue(foldedWord, out var ambiguity) ? ambiguity : Unknown;

    /// <summary>Starts loading a word's class into the cache, for a <see cref="ClassOf"/> soon after.</summary>
    public void Prefetch(ulong foldedWord) => _classes.Prefetch(foldedWord);

    public static TagLexicon Build(IEnumerable<TrainingSentence> sentences)
    {
        var counts = new Dictionary<ulong, Dictionary<string, int>>();
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Tokens.Length; i++)
            {
                var word = FeatureHash.Of(s.Text.AsSpan(s.Tokens[i].Start, s.Tokens[i].Length), fold: true);
                if (!counts.TryGetValue(word, out var tags))
                    counts[word] = tags = [];
                tags[s.Labels[i]] = tags.GetValueOrDefault(s.Labels[i]) + 1;
            }
        }

        var words = counts.Keys.Order().ToArray();
        var classes = words.Select(w => ClassHash(counts[w])).ToArray();
        return new TagLexicon(words, classes);
    }

    private static ulong ClassHash(Dictionary<string, int> tags)
    {
        var total = tags.Values.Sum();
        var hash = 0UL;
        foreach (var tag in tags.Where(t => t.Value >= MinShare * total).Select(t => t.Key).Order(StringComparer.Ordinal))
            hash = FeatureHash.Mix(hash, FeatureHash.Of(tag, fold: false));
        return hash;
    }
}
