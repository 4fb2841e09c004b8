namespace Chronicle.Actors.Knowledge;

/// <summary>One record of an entity file as written: a header name, an optional code, and its keyed values in order.</summary>
public sealed class EntityRecord
{
    public required string Name { get; init; }

    public string? Code { get; set; }

    public required string Source { get; init; }

    public required int Line { get; init; }

    /// <summary>Values by key ("alias", "role", ...), each with the line it came from.</summary>
    public Dictionary<string, List<(string Value, int Line)>> Values { get; } = new(StringComparer.Ordinal);

    public IEnumerable<(string Value, int Line)> ValuesOf(string key) => Values.TryGetValue(key, out var values) ? values : [];

    public void Add(string key, string value, int line)
    {
        if (!Values.TryGetValue(key, out var values))
            Values[key] = values = [];
        values.Add((value, line));
    }

    /// <summary>Adds another record's code (when this has none) and values: how a hand-written file extends a generated one.</summary>
    public void MergeFrom(EntityRecord other)
    {
        Code = other.Code ?? Code;
        foreach (var (key, values) in other.Values)
        {
            foreach (var (value, line) in values)
                Add(key, value, line);
        }
    }
}
