using System.Globalization;

namespace Chronicle.Tagging;

/// <summary>
/// Word clusters as tagger features: each word (case kept) has a class at one to <see cref="MaxLevels"/>
/// granularities, packed 16 bits a level into one code, so a token costs one lookup. Read from a
/// cluster file (made by `chronicle train clusters`) when training; a model keeps the words' hashes
/// and codes, no text.
/// </summary>
public sealed class WordClusters
{
    /// <summary>Most granularities a word can have a class at.</summary>
    public const int MaxLevels = 4;

    private const int LevelBits = 16;
    private readonly HashLookup _lookup;

    internal WordClusters(ulong[] words, ulong[] codes)
    {
        (Words, Codes) = (words, codes);
        _lookup = new HashLookup(words, codes);
        Levels = codes.Length == 0 ? 0 : codes.Max(LevelCount);
    }

    /// <summary>How many granularities the words have classes at.</summary>
    public int Levels { get; }

    /// <summary>How many words have clusters.</summary>
    public int Count => Words.Length;

    /// <summary>The words' hashes (<see cref="FeatureHash.Of"/>, case kept), for saving in a model.</summary>
    internal ulong[] Words { get; }

    /// <summary>The words' packed classes, in the order of <see cref="Words"/>.</summary>
    internal ulong[] Codes { get; }

    /// <summary>
    /// Reads a cluster file: lines of a word, then its class (0 or more) at each granularity, then its
    /// count, tab-separated; lines starting with '#' are comments. A malformed line is an error naming it.
    /// </summary>
    public static WordClusters Read(string path)
    {
        var words = new List<ulong>();
        var codes = new List<ulong>();
        var levels = -1;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.Split('\t');
            if (levels < 0)
                levels = fields.Length - 2;
            if (levels is < 1 or > MaxLevels || fields.Length != levels + 2 || fields[0].Length == 0)
                throw new InvalidDataException($"{path}:{number}: expected a word, its class at 1 to {MaxLevels} granularities (the same on every line) and a count, tab-separated");
            var code = 0UL;
            for (var level = 0; level < levels; level++)
            {
                if (!int.TryParse(fields[level + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id >= (1 << LevelBits) - 1)
                    throw new InvalidDataException($"{path}:{number}: class '{fields[level + 1]}' is not a number from 0 to {(1 << LevelBits) - 2}");
                code |= (ulong)(id + 1) << (level * LevelBits);
            }

            words.Add(FeatureHash.Of(fields[0], fold: false));
            codes.Add(code);
        }

        return new WordClusters([.. words], [.. codes]);
    }

    /// <summary>Writes a cluster file: each word with its class at every granularity and its count.</summary>
    /// <param name="classes">Per granularity, the class of every word.</param>
    public static void Write(string path, string header, IReadOnlyList<string> words, IReadOnlyList<long> counts, IReadOnlyList<int[]> classes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path) { NewLine = "\n" };
        writer.WriteLine($"# {header}");
        for (var w = 0; w < words.Count; w++)
            writer.WriteLine(string.Join('\t', [words[w], .. classes.Select(c => c[w].ToString(CultureInfo.InvariantCulture)), counts[w].ToString(CultureInfo.InvariantCulture)]));
    }

    /// <summary>The packed classes of a word (by its case-kept hash), 0 for a word without clusters.</summary>
    internal ulong CodeOf(ulong word) => _lookup.TryGetValue(word, out var code) ? code : 0;

    /// <summary>Starts loading a word's entry, for a <see cref="CodeOf"/> soon after.</summary>
    internal void Prefetch(ulong word) => _lookup.Prefetch(word);

    /// <summary>The class at one granularity of a packed code: 1 + the class, 0 for none.</summary>
    internal static ulong Level(ulong code, int level) => (code >> (level * LevelBits)) & ((1UL << LevelBits) - 1);

    private static int LevelCount(ulong code) => (64 - System.Numerics.BitOperations.LeadingZeroCount(code) + LevelBits - 1) / LevelBits;
}
