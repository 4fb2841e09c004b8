namespace Chronicle.Places;

/// <summary>What the words in or just after a name say the place is: "Diraz village", "Abyan province", "Socotra island".</summary>
internal enum KindHint
{
    None,
    Populated,
    Division,
    County,
    Island,
    Water,
}

/// <summary>Reads a <see cref="KindHint"/> from a word and tells which places fit one.</summary>
internal static class KindHints
{
    private static readonly Dictionary<string, KindHint> Words = new(StringComparer.Ordinal)
    {
        ["village"] = KindHint.Populated,
        ["town"] = KindHint.Populated,
        ["city"] = KindHint.Populated,
        ["township"] = KindHint.Populated,
        ["province"] = KindHint.Division,
        ["governorate"] = KindHint.Division,
        ["state"] = KindHint.Division,
        ["region"] = KindHint.Division,
        ["district"] = KindHint.Division,
        ["prefecture"] = KindHint.Division,
        ["oblast"] = KindHint.Division,
        ["county"] = KindHint.County,
        ["parish"] = KindHint.County,
        ["island"] = KindHint.Island,
        ["islands"] = KindHint.Island,
        ["isle"] = KindHint.Island,
        ["archipelago"] = KindHint.Island,
        ["river"] = KindHint.Water,
        ["sea"] = KindHint.Water,
        ["lake"] = KindHint.Water,
        ["ocean"] = KindHint.Water,
        ["gulf"] = KindHint.Water,
        ["bay"] = KindHint.Water,
    };

    /// <summary>The hint a lower-case word gives, if any.</summary>
    public static KindHint Of(string word) => Words.GetValueOrDefault(word);

    /// <summary>Whether a kind of place fits the hint; null when the hint says nothing.</summary>
    public static bool? Fits(KindHint hint, PlaceKind kind) => hint switch
    {
        KindHint.Populated => kind is PlaceKind.City or PlaceKind.LocalSeat or PlaceKind.AdminSeat or PlaceKind.Capital,
        KindHint.Division => kind is PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Region,
        KindHint.County => kind is PlaceKind.Admin2,
        KindHint.Island => kind is PlaceKind.Landform or PlaceKind.Region,
        KindHint.Water => kind is PlaceKind.Water,
        _ => null,
    };
}
