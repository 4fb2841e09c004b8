namespace Chronicle.Places;

/// <summary>
/// One row of a gazetteer file, as written: a place, or (with no coordinates) more names for a place
/// already listed with the same name, feature and country.
/// </summary>
public sealed record PlaceRow(
    long? GeonameId,
    string Name,
    IReadOnlyList<string> Alternates,
    string Feature,
    string Country,
    string Admin1,
    long Population,
    double? Latitude,
    double? Longitude);
