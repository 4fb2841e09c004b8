namespace Chronicle.Actors;

/// <summary>
/// Phrases (sequences of folded words) and what each one means, searched from a position for every
/// phrase that starts there. Built once, then read from many threads.
/// </summary>
public sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<T>? Values;
    }

    private static readonly List<(int Length, T Value)> NoMatches = [];

    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> words, T value)
    {
        if (words.Count == 0)
            return;
        var node = _root;
        foreach (var word in words)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(word, out var child))
                node.Children[word] = child = new Node();
            node = child;
        }

        (node.Values ??= []).Add(value);
        Count++;
    }

    /// <summary>The values of the exact phrase, or none.</summary>
    public IReadOnlyList<T> Lookup(IReadOnlyList<string> words)
    {
        var node = _root;
        foreach (var word in words)
        {
            if (node.Children is null || !node.Children.TryGetValue(word, out node))
                return [];
        }

        return node.Values ?? [];
    }

    /// <summary>Every phrase starting at <paramref name="start"/> of <paramref name="words"/>, longest first, as (word count, value).</summary>
    public List<(int Length, T Value)> MatchesAt(IReadOnlyList<string> words, int start, int end)
    {
        // Most words start no phrase: answer them without allocating.
        if (start >= end || _root.Children is null || !_root.Children.ContainsKey(words[start]))
            return NoMatches;
        var found = new List<(int, T)>();
        var node = _root;
        for (var i = start; i < end; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(words[i], out node))
                break;
            if (node.Values is { } values)
                found.AddRange(values.Select(v => (i - start + 1, v)));
        }

        found.Reverse();
        return found;
    }
}
