using System.Reflection;
using Chronicle.Text;

namespace Chronicle.Tagging;

/// <summary>
/// Name lists (countries, demonyms, cities, regions, given names) matched against a sentence's tokens,
/// case-insensitively, longest match first. Each list marks its matches BILOU-style, so the tagger
/// learns from "inside a multi-word city name" as well as from "a known given name".
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Most lists a token can be marked by at once.</summary>
    public const int MaxCodesPerToken = 4;

    private const string ResourcePrefix = "Chronicle.Gazetteers.";

    // A trie over token hashes: node id -> child by Mix(node, token hash); each node keeps the lists that end there.
    private readonly HashLookup _children;
    private readonly List<int> _endsLists = [0];
    private readonly string[] _lists;

    private Gazetteer(IReadOnlyList<(string List, IEnumerable<string> Entries)> lists, Tokenizer tokenizer)
    {
        if (lists.Count > 31)
            throw new ArgumentException("At most 31 lists: each trie node keeps its lists as bits of an int.", nameof(lists));
        _lists = [.. lists.Select(l => l.List)];
        // Built in a Dictionary, then frozen into a HashLookup for the many lookups of tagging.
        var children = new Dictionary<ulong, ulong>();
        var tokens = new List<Token>();
        for (var list = 0; list < lists.Count; list++)
        {
            foreach (var entry in lists[list].Entries)
            {
                tokens.Clear();
                tokenizer.Tokenize(entry, tokens);
                if (tokens.Count == 0)
                    continue;
                var node = 0;
                foreach (var token in tokens)
                {
                    var key = ChildKey(node, FeatureHash.Of(entry.AsSpan(token.Start, token.Length), fold: true));
                    if (!children.TryGetValue(key, out var child))
                    {
                        children[key] = child = (ulong)_endsLists.Count;
                        _endsLists.Add(0);
                    }

                    node = (int)child;
                }

                _endsLists[node] |= 1 << list;
            }
        }

        _children = new HashLookup([.. children.Keys], [.. children.Values]);
    }

    /// <summary>The lists shipped with Chronicle (data/gazetteers), loaded once.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    private static readonly Lazy<Gazetteer> DefaultInstance = new(() => FromResources(new Tokenizer()));

    public IReadOnlyList<string> Lists => _lists;

    public static Gazetteer FromLists(IReadOnlyList<(string List, IEnumerable<string> Entries)> lists, Tokenizer tokenizer) => new(lists, tokenizer);

    private static Gazetteer FromResources(Tokenizer tokenizer)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var lists = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[ResourcePrefix.Length..^4], (IEnumerable<string>)ReadLines(assembly, n)))
            .ToList();
        return new Gazetteer(lists, tokenizer);
    }

    private static List<string> ReadLines(Assembly assembly, string resource)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
                lines.Add(line);
        }

        return lines;
    }

    /// <summary>
    /// Writes, for each token, up to <see cref="MaxCodesPerToken"/> codes naming a list and the token's
    /// place in that list's match (begin, inside, last, unit); 0 ends a token's codes.
    /// </summary>
    public void Mark(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<ulong> codes)
    {
        var words = new ulong[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
            words[i] = FeatureHash.Of(text[tokens[i].Start..tokens[i].End], fold: true);
        Mark(words, codes);
    }

    /// <summary>
    /// <see cref="Mark(ReadOnlySpan{char}, ReadOnlySpan{Token}, Span{ulong})"/> for tokens already hashed
    /// (<see cref="FeatureHash.Of"/>, folded), as the feature extractor has them: a match is tried from
    /// every token, so hashing there would hash each token several times.
    /// </summary>
    internal void Mark(ReadOnlySpan<ulong> foldedWords, Span<ulong> codes)
    {
        Span<int> coveredUntil = stackalloc int[_lists.Length];
        Span<int> longest = stackalloc int[_lists.Length];
        coveredUntil.Clear();
        // Every token is looked up among the root's children: start those loads together.
        foreach (var word in foldedWords)
            _children.Prefetch(ChildKey(0, word));
        for (var i = 0; i < foldedWords.Length; i++)
        {
            var node = 0;
            longest.Clear();
            for (var j = i; j < foldedWords.Length; j++)
            {
                if (!_children.TryGetValue(ChildKey(node, foldedWords[j]), out var child))
                    break;
                node = (int)child;
                var ends = _endsLists[node];
                for (var list = 0; ends != 0; list++, ends >>= 1)
                {
                    if ((ends & 1) != 0)
                        longest[list] = j + 1;
                }
            }

            for (var list = 0; list < _lists.Length; list++)
            {
                if (longest[list] == 0 || coveredUntil[list] > i)
                    continue;
                coveredUntil[list] = longest[list];
                for (var t = i; t < longest[list]; t++)
                {
                    var place = longest[list] - i == 1 ? 'U' : t == i ? 'B' : t == longest[list] - 1 ? 'L' : 'I';
                    Add(codes.Slice(t * MaxCodesPerToken, MaxCodesPerToken), FeatureHash.Mix((ulong)list + 100, place));
                }
            }
        }
    }

    private static void Add(Span<ulong> tokenCodes, ulong code)
    {
        var free = tokenCodes.IndexOf(0UL);
        if (free >= 0)
            tokenCodes[free] = code;
    }

    private static ulong ChildKey(int node, ulong token) => FeatureHash.Mix((ulong)node, token);
}
