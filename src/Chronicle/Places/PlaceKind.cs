namespace Chronicle.Places;

/// <summary>The kinds of place the geoparser tells apart, from GeoNames feature codes.</summary>
public enum PlaceKind
{
    /// <summary>A.PCL*: an independent country or a dependent territory.</summary>
    Country,

    /// <summary>A.ADM1: a state, province or governorate.</summary>
    Admin1,

    /// <summary>A.ADM2 and lower divisions: a county, a district.</summary>
    Admin2,

    /// <summary>P.PPLC: a national capital.</summary>
    Capital,

    /// <summary>P.PPLA: the seat of a first-level division.</summary>
    AdminSeat,

    /// <summary>P.PPLA2..5: the seat of a lower division.</summary>
    LocalSeat,

    /// <summary>Any other populated place.</summary>
    City,

    /// <summary>L.CONT: a continent.</summary>
    Continent,

    /// <summary>L.RGN and other areas: a region named across or within countries.</summary>
    Region,

    /// <summary>H.*: a sea, an ocean, a gulf, a lake or a river.</summary>
    Water,

    /// <summary>T.*: an island, a mountain, a valley.</summary>
    Landform,

    /// <summary>Spots, buildings and everything else.</summary>
    Other,
}

/// <summary>Maps GeoNames feature class and code to a <see cref="PlaceKind"/>.</summary>
public static class PlaceKinds
{
    /// <summary>The kind of a feature written "CLASS.CODE" ("P.PPLC") or given as class and code apart.</summary>
    public static PlaceKind Of(ReadOnlySpan<char> featureClass, ReadOnlySpan<char> featureCode) => featureClass switch
    {
        "A" when featureCode.StartsWith("PCL") => PlaceKind.Country,
        "A" when featureCode.SequenceEqual("ADM1") => PlaceKind.Admin1,
        "A" when featureCode.StartsWith("ADM") => PlaceKind.Admin2,
        "A" => PlaceKind.Region,
        "P" when featureCode.SequenceEqual("PPLC") => PlaceKind.Capital,
        "P" when featureCode.SequenceEqual("PPLA") => PlaceKind.AdminSeat,
        "P" when featureCode.StartsWith("PPLA") => PlaceKind.LocalSeat,
        "P" => PlaceKind.City,
        "L" when featureCode.SequenceEqual("CONT") => PlaceKind.Continent,
        "L" => PlaceKind.Region,
        "H" => PlaceKind.Water,
        "T" => PlaceKind.Landform,
        _ => PlaceKind.Other,
    };

    /// <summary>The kind of a feature written "CLASS.CODE".</summary>
    public static PlaceKind Of(string feature)
    {
        var dot = feature.IndexOf('.');
        return dot < 0 ? PlaceKind.Other : Of(feature.AsSpan(0, dot), feature.AsSpan(dot + 1));
    }
}
