using Chronicle.Actors.Knowledge;

namespace Chronicle.Time;

/// <summary>
/// The word classes the time rules name with "@": months, weekdays, units, numbers... Read from
/// data/time/words.txt: "[class]" or "[class capitalized]" opens a class (capitalized: its words count
/// only when written with a capital, so "may" and "march" stay verbs), then "word word ... = value" lines.
/// </summary>
internal sealed class TimeWords
{
    private readonly Dictionary<string, WordClass> _classes = new(StringComparer.Ordinal);

    /// <summary>One class: folded word to the value a rule reads.</summary>
    internal sealed record WordClass(string Name, bool Capitalized, Dictionary<string, string> Values);

    public WordClass? Find(string name) => _classes.GetValueOrDefault(name);

    public static TimeWords Read(TextReader reader, string source)
    {
        var words = new TimeWords();
        WordClass? current = null;
        foreach (var (number, line) in DictionaryLines.Read(reader))
        {
            if (line.StartsWith('['))
            {
                var close = line.IndexOf(']');
                var header = close > 1 ? line[1..close].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
                if (header.Length is 0 or > 2 || header.Length == 2 && header[1] != "capitalized")
                    throw new DictionaryFormatException(source, number, $"a class opens with [name] or [name capitalized]: '{line}'");
                current = new WordClass(header[0], header.Length == 2, new Dictionary<string, string>(StringComparer.Ordinal));
                if (!words._classes.TryAdd(current.Name, current))
                    throw new DictionaryFormatException(source, number, $"the class '{current.Name}' is opened twice");
                continue;
            }

            if (current is null)
                throw new DictionaryFormatException(source, number, "a word line before any [class]");
            var equals = line.IndexOf('=');
            var value = equals > 0 ? line[(equals + 1)..].Trim() : "";
            if (value.Length == 0)
                throw new DictionaryFormatException(source, number, $"expected 'word ... = value': '{line}'");
            foreach (var word in line[..equals].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                current.Values[TimePieces.Fold(word)] = value;
        }

        return words;
    }
}
