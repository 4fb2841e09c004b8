using Chronicle.Places;

namespace Chronicle.Tests.Places;

/// <summary>Resolves the named places of a written text with the built-in gazetteer, as `chronicle geocode` does.</summary>
internal static class Geocode
{
    private static readonly Geoparser Geoparser = new(Gazetteer.BuiltIn);

    /// <summary>Resolves every occurrence of each name in <paramref name="text"/>; returns the places by name, in text order.</summary>
    public static IReadOnlyList<(string Name, Place? Place)> All(string text, params string[] names)
    {
        var spans = new List<PlaceSpan>();
        foreach (var name in names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                spans.Add(new PlaceSpan(at, at + name.Length));
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return [.. Geoparser.Resolve(text, spans).Select(r => (text[r.Start..r.End], r.Place))];
    }

    /// <summary>The place the first occurrence of <paramref name="name"/> resolves to, among the given names.</summary>
    public static Place? First(string text, string name, params string[] others) =>
        All(text, [name, .. others]).First(r => r.Name == name).Place;
}
