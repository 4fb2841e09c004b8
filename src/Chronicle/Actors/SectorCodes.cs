namespace Chronicle.Actors;

/// <summary>CAMEO's three-letter role, type and religion codes: what may follow a country in an actor code.</summary>
public static class SectorCodes
{
    private static readonly HashSet<string> Known =
    [
        // Primary roles.
        "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF",
        // Secondary roles and types.
        "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD",
        // Transnational actors.
        "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS",
        // Religions.
        "REL", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "HIN", "ITR", "JAN", "JEW", "MOS", "SHI", "SUN", "SFI", "ALE", "DRZ", "PRO", "SIK", "TAO", "ZRO",
    ];

    /// <summary>Whether <paramref name="code"/> is a sector rather than a country.</summary>
    public static bool IsSector(string code) => Known.Contains(code);

    /// <summary>Reads an actor code with CAMEO's sectors.</summary>
    public static ActorCode Parse(string code) => ActorCode.Parse(code, IsSector);
}
