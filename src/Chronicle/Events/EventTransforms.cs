namespace Chronicle.Events;

/// <summary>
/// CAMEO's rules for events that are stated rather than done. "X will visit Y" is an intent to meet
/// (036), not a visit; "X will attack Y" a threat (138); and "X said Y must release Z" a demand on Y
/// (100), not a release.
/// </summary>
internal static class EventTransforms
{
    private static readonly HashSet<string> FutureModals = ["will", "would", "shall", "'ll", "wo"];

    private static readonly HashSet<string> DutyModals = ["must", "should"];

    /// <summary>The modal an intended act ("plans to impose") is read with: it is a future, as "will impose" is.</summary>
    public const string Intended = "will";

    /// <summary>Whether a code is CAMEO's intent to cooperate with nothing said about what is intended (03, 030).</summary>
    public static bool IsGeneralIntent(string code) => code is "03" or "030";

    /// <summary>The code a future-tense event is coded as: an intent to cooperate (03) or a threat (13); null when the event keeps its code.</summary>
    public static string? ForFuture(string code, string? modal)
    {
        if (modal is null || !FutureModals.Contains(modal))
            return null;
        return code[..2] switch
        {
            "04" => "036",
            "05" => "032",
            "06" => code.Length >= 3 && code[2] is >= '1' and <= '4' ? "031" + code[2] : "031",
            "07" => "033",
            "08" => "035",
            "14" => "133",
            "16" => "131",
            "17" => "137",
            "18" or "20" => "1383",
            "19" => "138",
            _ => null,
        };
    }

    /// <summary>Whether a modal puts the clause in the future: "will", "would", "shall".</summary>
    public static bool IsFuture(string? modal) => modal is not null && FutureModals.Contains(modal);

    /// <summary>
    /// The rejection a negated future states: "would not meet their demands" declines to yield (124), "will not
    /// release the hostages" refuses to release them (1243), "will not meet the envoy" rejects a meeting (125),
    /// as CAMEO's 12 codes refusals. Null for events whose refusal CAMEO does not name: they stay uncoded.
    /// </summary>
    public static string? ForRefusal(string code) => code.Length < 3 ? (code == "08" ? "124" : null) : code[..3] switch
    {
        "081" => "1241",
        "082" => "1242",
        "083" => code.Length == 4 ? "123" + code[3] : "123",
        "084" => "1243",
        "085" => "1244",
        "086" => "1245",
        "087" => "1246",
        "080" => "124",
        "040" or "041" or "042" or "043" or "044" or "046" => "125",
        "045" => "126",
        _ => null,
    };

    private static readonly HashSet<string> PossibleModals = ["will", "would", "shall", "'ll", "wo", "may", "might", "could"];

    /// <summary>
    /// The threat a future or possible event makes when a condition follows it: "will withdraw its force
    /// unless a ceasefire is arranged" threatens to pull out (136), "may halt mediation if ..." to quit
    /// mediation (135). Null when the modal states no future or possibility, or the event is a threat already;
    /// null too for cooperation (03-07): "would meet the mediator if he gave them a veto" offers a meeting on
    /// terms, an intent (03) as CAMEO reads offers, not a threat. A concession (08) is threatened only when it
    /// is what happens "unless" the other side acts; "would ease sanctions if ..." offers it.
    /// </summary>
    /// <param name="condition">The word that opens the condition: "if" or "unless".</param>
    public static string? ForConditionalFuture(string code, string? modal, string condition)
    {
        if (modal is null || !PossibleModals.Contains(modal) || code.StartsWith("13", StringComparison.Ordinal) || IsCooperation(code))
            return null;
        return code[..2] switch
        {
            "08" => condition == "unless" ? "136" : null,
            // "would consider easing sanctions if ...": weighing or saying something on a condition threatens nothing.
            "01" or "02" => null,
            "14" => "133",
            "16" => code[..3] switch
            {
                "161" => "1313",
                "162" => "1311",
                "163" => "1312",
                "164" => "134",
                "165" => "135",
                "166" => "136",
                _ => "131",
            },
            "17" => "137",
            "18" or "19" or "20" => "138",
            _ => "130",
        };
    }

    /// <summary>Intents, consultations, diplomatic and material cooperation and aid (03-07): what a conditional offer offers.</summary>
    private static bool IsCooperation(string code) => code[..2] is "03" or "04" or "05" or "06" or "07";

    /// <summary>
    /// The code of a protest voiced rather than staged: "..., the group protested" objects to what the
    /// sentence reports, a disapproval (110); CAMEO's 14 is for demonstrations and other collective action.
    /// Null for events that are not protests.
    /// </summary>
    public static string? ForVoicedProtest(string code) => code.StartsWith("14", StringComparison.Ordinal) ? "110" : null;

    /// <summary>Whether a modal makes the clause a duty laid on its subject ("must", "should").</summary>
    public static bool IsDuty(string? modal) => modal is not null && DutyModals.Contains(modal);

    /// <summary>
    /// The event the other side takes part in, for consultations CAMEO codes in both directions: a
    /// meeting or negotiation is mutual (040, 044, 046), a visit is a hosting seen from the host (042, 043).
    /// Null for events that have one direction only.
    /// </summary>
    public static string? Reverse(string code) => code switch
    {
        "040" or "044" or "046" => code,
        "042" => "043",
        "043" => "042",
        _ => null,
    };

    /// <summary>The code for a demand that someone do what the clause says.</summary>
    public const string Demand = "100";

    /// <summary>CAMEO's "voice agreement" (019): "agreed that ..." carries what was agreed.</summary>
    public const string VoicedAgreement = "019";
}
