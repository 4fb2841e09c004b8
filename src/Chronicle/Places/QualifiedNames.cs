namespace Chronicle.Places;

/// <summary>
/// Keys a name the gazetteer lacks falls back to: the place it is a part or a feature of, named
/// without the word that qualifies it. News names parts of places ("South Los Angeles", "Greater
/// Mumbai", "East Cambridgeshire") and features named after a town near them ("Salinas Valley",
/// "Boston Harbor", "Port of Los Angeles", "Lake Hartwell"), and abbreviates "County" and
/// "Township" ("Pott Co.", "Madison Twp."). Each fallback is weaker than a name found as written,
/// so the geoparser tries them only when nothing else is found.
/// </summary>
internal static class QualifiedNames
{
    // Words before a name that pick out a part of it, or a feature next to it.
    private static readonly string[] Prefixes =
    [
        "north ", "south ", "east ", "west ", "northern ", "southern ", "eastern ", "western ",
        "northeast ", "northwest ", "southeast ", "southwest ", "northeastern ", "northwestern ", "southeastern ", "southwestern ",
        "central ", "greater ", "downtown ", "upstate ", "upper ", "lower ", "inner ", "outer ", "metro ", "metropolitan ",
        "port of ", "city of ", "town of ", "village of ", "township of ", "lake ",
    ];

    // Words after a name that make it a feature or an area near a town of that name.
    private static readonly string[] Suffixes =
    [
        " valley", " river", " delta", " basin", " harbor", " harbour", " bay", " lake", " creek", " area", " metro area",
        " metropolitan area", " region", " township", " twp.", " twp", " city", " islands", " island", " mountains", " peninsula",
    ];

    private static readonly string[] CountyAbbreviations = [" co.", " co"];

    /// <summary>The fallback keys of <paramref name="key"/> (a <see cref="PlaceName.Key"/>), most specific first; none when it has no qualifier.</summary>
    public static IEnumerable<string> Fallbacks(string key)
    {
        // "Pott Co." is Pottawattamie County: the county index knows it as "pott county" once spelled out.
        foreach (var abbreviation in CountyAbbreviations)
        {
            if (key.EndsWith(abbreviation, StringComparison.Ordinal) && key.Length > abbreviation.Length)
                yield return key[..^abbreviation.Length] + " county";
        }

        var withoutSuffix = WithoutSuffix(key);
        if (withoutSuffix is not null)
            yield return withoutSuffix;
        var withoutPrefix = WithoutPrefix(key);
        if (withoutPrefix is not null)
        {
            yield return withoutPrefix;
            if (WithoutSuffix(withoutPrefix) is { } bare)
                yield return bare;
        }
    }

    private static string? WithoutPrefix(string key)
    {
        foreach (var prefix in Prefixes)
        {
            if (key.Length > prefix.Length + 1 && key.StartsWith(prefix, StringComparison.Ordinal))
                return key[prefix.Length..];
        }

        return null;
    }

    private static string? WithoutSuffix(string key)
    {
        string? best = null;
        foreach (var suffix in Suffixes)
        {
            // The longest suffix that leaves a name: "metro area" before "area".
            if (key.Length > suffix.Length + 1 && key.EndsWith(suffix, StringComparison.Ordinal) && (best is null || key.Length - suffix.Length < best.Length))
                best = key[..^suffix.Length];
        }

        return best;
    }
}
