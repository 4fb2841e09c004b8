namespace Chronicle.Places;

/// <summary>
/// One gazetteer entry: a country, a division, a populated place, an island, a sea or a region, with
/// the point that stands for it.
/// </summary>
public sealed record Place
{
    /// <summary>Its index in its <see cref="Gazetteer"/>.</summary>
    public required int Index { get; init; }

    /// <summary>The GeoNames id, where the source gives one.</summary>
    public long? GeonameId { get; init; }

    public required string Name { get; init; }

    /// <summary>GeoNames feature class and code, e.g. "P.PPLC", "A.ADM1", "T.ISL".</summary>
    public required string Feature { get; init; }

    public required PlaceKind Kind { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code; empty for a continent, an ocean or a region across countries.</summary>
    public required string Country { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code, the one Chronicle prints ("IRQ"); null when the country is not known.</summary>
    public string? CountryAlpha3 { get; init; }

    /// <summary>The GeoNames admin1 code within <see cref="Country"/>; empty when not known.</summary>
    public required string Admin1 { get; init; }

    public required long Population { get; init; }

    public required double Latitude { get; init; }

    public required double Longitude { get; init; }

    /// <summary>Whether this place is (or stands for) a whole country.</summary>
    public bool IsCountry => Kind == PlaceKind.Country;
}
