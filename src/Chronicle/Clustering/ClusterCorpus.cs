namespace Chronicle.Clustering;

/// <summary>
/// Unlabelled text prepared for word clustering: a vocabulary of the words seen at least a floor of
/// times, and the whole text as one sequence of word ids with <see cref="Boundary"/> between sentences.
/// Rarer words all become <see cref="Rare"/>, so their neighbours' bigrams still count.
/// </summary>
public sealed class ClusterCorpus
{
    /// <summary>The id that stands between sentences (and before the first, after the last).</summary>
    public const int Boundary = 0;

    /// <summary>The id every word under the frequency floor is read as.</summary>
    public const int Rare = 1;

    private ClusterCorpus(string[] words, long[] counts, int[] sequence) => (Words, Counts, Sequence) = (words, counts, sequence);

    /// <summary>The words by id; ids <see cref="Boundary"/> and <see cref="Rare"/> are markers, not words.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>How often each id occurs in <see cref="Sequence"/>.</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>The text as word ids, case kept, sentences separated by <see cref="Boundary"/>.</summary>
    public IReadOnlyList<int> Sequence { get; }

    /// <summary>The number of ids, markers included.</summary>
    public int Size => Words.Count;

    /// <summary>Builds the corpus from sentences; words seen fewer than <paramref name="minCount"/> times are left out.</summary>
    public static ClusterCorpus Build(IEnumerable<IReadOnlyList<string>> sentences, int minCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        var all = sentences.Where(s => s.Count > 0).ToList();
        var frequency = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var sentence in all)
        {
            foreach (var word in sentence)
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
        }

        // Frequent words first, ties in ordinal order: the same text gives the same ids.
        var kept = frequency.Where(p => p.Value >= minCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
        var words = new List<string> { "<s>", "<rare>" };
        words.AddRange(kept);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 2; i < words.Count; i++)
            ids[words[i]] = i;

        var sequence = new List<int> { Boundary };
        foreach (var sentence in all)
        {
            foreach (var word in sentence)
                sequence.Add(ids.GetValueOrDefault(word, Rare));
            sequence.Add(Boundary);
        }

        var counts = new long[words.Count];
        foreach (var id in sequence)
            counts[id]++;
        return new ClusterCorpus([.. words], counts, [.. sequence]);
    }
}
