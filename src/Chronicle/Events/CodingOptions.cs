namespace Chronicle.Events;

/// <summary>
/// How a source asks its events to be coded, read from the options it sets (a PETRARCH record's
/// <c>&lt;Config&gt;</c> elements). A source that sets none is coded as Chronicle codes news.
/// </summary>
public sealed record CodingOptions
{
    /// <summary>Coding as Chronicle does by default: an event with no target is kept ("protesters marched").</summary>
    public static CodingOptions Default { get; } = new();

    /// <summary>Whether an event needs a coded source and a coded target to be kept, as PETRARCH's require_dyad asks.</summary>
    public bool RequireDyad { get; init; }

    /// <summary>Stretches set off by commas that are left out of coding, as PETRARCH's comma_* options ask; null to code every word.</summary>
    public CommaClauses? Commas { get; init; }

    /// <summary>The options a source's settings give; settings this coder does not know are left to the source.</summary>
    public static CodingOptions From(IReadOnlyDictionary<string, string> settings) => settings.Count == 0 ? Default : new()
    {
        RequireDyad = settings.TryGetValue("require_dyad", out var dyad) && dyad.Trim().Equals("true", StringComparison.OrdinalIgnoreCase),
        Commas = CommaClauses.From(settings),
    };
}
