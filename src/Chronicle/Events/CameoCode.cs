namespace Chronicle.Events;

/// <summary>
/// A CAMEO event code with what GDELT and PLOVER say of it: "043" Make a visit, Goldstein 2.8, QuadClass 1
/// (verbal cooperation), PLOVER CONSULT.
/// </summary>
/// <param name="Goldstein">GDELT's Goldstein score; null for a code outside CAMEO that an imported dictionary gives, which no table scores.</param>
/// <param name="Quad">1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; null as the Goldstein score is.</param>
/// <param name="Plover">The PLOVER event type, or null where PLOVER's table has none for the code.</param>
/// <param name="PloverMode">PLOVER's mode for the code ("visit", "phone"), when the table gives one.</param>
public sealed record CameoCode(string Code, string Name, double? Goldstein, int? Quad, string? Plover, string? PloverMode)
{
    /// <summary>The two-digit root ("04" of "043").</summary>
    public string Root => Code[..2];
}
