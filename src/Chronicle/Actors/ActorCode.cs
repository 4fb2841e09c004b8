namespace Chronicle.Actors;

/// <summary>
/// A CAMEO actor code: a country (ISO 3166-1 alpha-3 or a CAMEO region) followed by three-letter
/// sector codes, e.g. "IRNGOV", "BHRCOP", "PSEREBHMS". International bodies have no country: "IGOUNO"
/// reads as sector IGO, body UNO.
/// </summary>
public sealed record ActorCode
{
    /// <summary>Codes that open a code without a country before them.</summary>
    private static readonly HashSet<string> Stateless = ["IGO", "IMG", "NGO", "MNC", "NGM"];

    private ActorCode(string value, string? country, string[] sectors)
    {
        Value = value;
        Country = country;
        Sectors = sectors;
    }

    /// <summary>The whole code, e.g. "IRNGOV".</summary>
    public string Value { get; }

    /// <summary>The country or region, e.g. "IRN"; null for international and transnational actors.</summary>
    public string? Country { get; }

    /// <summary>The three-letter codes after the country, most general first: ["GOV"], ["REB", "HMS"], ["IGO", "UNO"].</summary>
    public IReadOnlyList<string> Sectors { get; }

    /// <summary>The first sector, e.g. "GOV"; null for a bare country.</summary>
    public string? Sector => Sectors.Count > 0 ? Sectors[0] : null;

    /// <summary>
    /// Reads a code. Its first three letters are the country unless they are a sector of their own
    /// (<paramref name="isSector"/>) or open a stateless code (IGO, IMG, NGO, MNC).
    /// </summary>
    public static ActorCode Parse(string code, Func<string, bool> isSector)
    {
        var value = code.Trim().ToUpperInvariant();
        if (value.Length < 3 || value.Length % 3 != 0 || !value.All(char.IsAsciiLetterOrDigit))
            throw new FormatException($"'{code}' is not an actor code: three letters for a country, then three for each sector.");
        var parts = Enumerable.Range(0, value.Length / 3).Select(i => value.Substring(i * 3, 3)).ToArray();
        var stateless = Stateless.Contains(parts[0]) || isSector(parts[0]);
        return stateless ? new ActorCode(value, null, parts) : new ActorCode(value, parts[0], parts[1..]);
    }

    /// <summary>A code made of a country and sectors, either of which may be missing (but not both).</summary>
    public static ActorCode Of(string? country, IEnumerable<string> sectors)
    {
        var sectorList = sectors.ToArray();
        var value = (country ?? "") + string.Concat(sectorList);
        if (value.Length == 0)
            throw new ArgumentException("A code needs a country or a sector.");
        return new ActorCode(value, country, sectorList);
    }

    /// <summary>This code with its sectors replaced, keeping the country.</summary>
    public ActorCode WithSectors(IEnumerable<string> sectors) => Of(Country, sectors);

    /// <summary>This code with its country replaced (or set), keeping the sectors.</summary>
    public ActorCode WithCountry(string? country) => Of(country, Sectors);

    public override string ToString() => Value;
}
