using Chronicle.Actors.Knowledge;

namespace Chronicle.Time;

/// <summary>
/// Reads data/time/rules.txt: one rule a line, "TYPE  pattern  =>  value" (README.md beside it
/// describes the pattern elements and the value functions).
/// </summary>
internal static class TimeRuleFile
{
    private static readonly Dictionary<string, TimexType> Types = new(StringComparer.Ordinal)
    {
        ["DATE"] = TimexType.Date,
        ["TIME"] = TimexType.Time,
        ["DURATION"] = TimexType.Duration,
        ["SET"] = TimexType.Set,
    };

    /// <summary>The most elements a pattern may have (the matcher's capture buffer).</summary>
    public const int MaxElements = 16;

    public static List<TimeRule> Read(TextReader reader, string source, TimeWords words)
    {
        var rules = new List<TimeRule>();
        foreach (var (number, line) in DictionaryLines.Read(reader))
        {
            try
            {
                rules.Add(Parse(line, rules.Count, $"{source}:{number}", words));
            }
            catch (FormatException e)
            {
                throw new DictionaryFormatException(source, number, e.Message);
            }
        }

        return rules;
    }

    private static TimeRule Parse(string line, int order, string source, TimeWords words)
    {
        var arrow = line.IndexOf("=>", StringComparison.Ordinal);
        if (arrow < 0)
            throw new FormatException($"expected 'TYPE pattern => value': '{line}'");
        var left = line[..arrow].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        TimexType? type = null;
        if (left.Length < 2 || left[0] != "NONE" && !Types.ContainsKey(left[0]))
            throw new FormatException($"a rule opens with DATE, TIME, DURATION, SET or NONE and a pattern: '{line}'");
        if (Types.TryGetValue(left[0], out var named))
            type = named;
        var slash = Array.IndexOf(left, "/");
        var elements = left[1..].Where(e => e != "/").Select(e => Element(e, words)).ToArray();
        var extent = slash < 0 ? elements.Length : slash - 1;
        if (elements.Length > MaxElements)
            throw new FormatException($"a pattern has at most {MaxElements} elements");
        if (elements.Take(extent).All(e => e.Optional))
            throw new FormatException("a pattern needs an element that is not optional before any '/'");
        if (slash >= 0 && (Array.LastIndexOf(left, "/") != slash || extent == elements.Length))
            throw new FormatException("a pattern has at most one '/', with the words that must follow after it");
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < elements.Length; i++)
        {
            if (elements[i].Kind != ElementKind.Words && !names.TryAdd(elements[i].Name, i))
                throw new FormatException($"two elements are named '{elements[i].Name}': name one 'other=...'");
        }

        return new TimeRule(type, elements, extent, ValueExpression.Parse(line[(arrow + 2)..].Trim(), names), order, source);
    }

    private static RuleElement Element(string text, TimeWords words)
    {
        var optional = text.Length > 1 && text.EndsWith('?');
        var body = optional ? text[..^1] : text;
        var equals = body.IndexOf('=');
        var name = equals > 0 ? body[..equals] : null;
        body = equals > 0 ? body[(equals + 1)..] : body;
        if (body.StartsWith('@'))
        {
            var wordClass = words.Find(body[1..]) ?? throw new FormatException($"unknown word class '{body}'");
            return new RuleElement(ElementKind.Class, name ?? wordClass.Name, optional, Class: wordClass);
        }

        if (body.StartsWith('<') && body.EndsWith('>'))
        {
            return RuleElement.Kinds.TryGetValue(body[1..^1], out var kind)
                ? new RuleElement(kind, name ?? body[1..^1], optional)
                : throw new FormatException($"unknown element '{body}' (known: {string.Join(", ", RuleElement.Kinds.Keys.Select(k => $"<{k}>"))})");
        }

        var alternatives = body.Split('|').Select(w => TimePieces.Fold(w)).ToHashSet(StringComparer.Ordinal);
        if (alternatives.Any(a => a.Length == 0))
            throw new FormatException($"an empty word in '{text}'");
        return new RuleElement(ElementKind.Words, name ?? body, optional, Words: alternatives);
    }
}
