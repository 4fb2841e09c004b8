namespace Chronicle.Places;

/// <summary>
/// Builds the name index of a <see cref="Gazetteer"/>: each key of a name (<see cref="PlaceName"/>) to
/// the places that have it, as written or without an Arabic article ("exact"), or only once a division's
/// kind word is left out ("loose").
/// </summary>
internal sealed class NameIndex(int capacity)
{
    private readonly Dictionary<string, List<int>> _exact = new(capacity * 3 / 2, StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _loose = new(capacity / 4, StringComparer.Ordinal);

    public void Add(string name, Place place)
    {
        var key = PlaceName.Key(name);
        if (key.Length == 0)
            return;
        Add(_exact, key, place.Index);
        if (PlaceName.WithoutArticle(key) is { } bare)
            Add(_exact, bare, place.Index);
        if (place.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Region && PlaceName.WithoutDivisionWords(key) is { } core)
        {
            Add(_loose, core, place.Index);
            if (PlaceName.WithoutArticle(core) is { } bareCore)
                Add(_loose, bareCore, place.Index);
        }
    }

    public ReadOnlySpan<int> Find(string key) => _exact.TryGetValue(key, out var list) ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : [];

    public Frozen Freeze() => new(Convert(_exact), Convert(_loose));

    private static void Add(Dictionary<string, List<int>> index, string key, int place)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = new List<int>(1);
        if (!list.Contains(place))
            list.Add(place);
    }

    private static Dictionary<string, int[]> Convert(Dictionary<string, List<int>> index)
    {
        var frozen = new Dictionary<string, int[]>(index.Count, StringComparer.Ordinal);
        foreach (var (key, list) in index)
            frozen[key] = [.. list];
        return frozen;
    }

    /// <summary>The finished index, read-only.</summary>
    internal sealed class Frozen(Dictionary<string, int[]> exact, Dictionary<string, int[]> loose)
    {
        public int Count => exact.Count;

        public ReadOnlySpan<int> Find(string key) => exact.TryGetValue(key, out var found) ? found : [];

        public ReadOnlySpan<int> FindLoose(string key) => loose.TryGetValue(key, out var found) ? found : [];
    }
}
