using System.Collections.Frozen;

namespace Chronicle.Text;

/// <summary>
/// Words whose final period is part of the word ("Gen.", "Jan.", "Inc."), matched case-sensitively so
/// that "No." is an abbreviation and "no." ends a sentence. Immutable and thread-safe.
/// </summary>
public sealed class Abbreviations
{
    private const string ResourceName = "Chronicle.Text.abbreviations.txt";

    private readonly FrozenSet<string> _set;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Abbreviations(IEnumerable<string> abbreviations)
    {
        _set = abbreviations.ToFrozenSet(StringComparer.Ordinal);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The project's list, data/text/abbreviations.txt, embedded in the assembly.</summary>
    public static Abbreviations Default { get; } = LoadDefault();

    public int Count => _set.Count;

    /// <summary>Whether <paramref name="word"/>, with its final period, is an abbreviation.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>
    /// Reads one abbreviation a line, period included; '#' starts a comment. A line that is not a single
    /// word ending in a period is an error, reported with its line number.
    /// </summary>
    public static Abbreviations Parse(TextReader reader, string source)
    {
        var items = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var comment = line.IndexOf('#');
            var entry = (comment >= 0 ? line[..comment] : line).Trim();
            if (entry.Length == 0)
                continue;
            if (entry.Length < 2 || entry[^1] != '.' || entry.Any(char.IsWhiteSpace))
                throw new FormatException($"{source}:{lineNumber}: expected one abbreviation ending in '.', got \"{entry}\".");
            items.Add(entry);
        }

        return new Abbreviations(items);
    }

    private static Abbreviations LoadDefault()
    {
        using var stream = typeof(Abbreviations).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader, ResourceName);
    }
}
