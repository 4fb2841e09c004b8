namespace Chronicle.Actors;

/// <summary>How a dictionary phrase names its actor: which decides how it is coded and where it may stand.</summary>
public enum NameForm
{
    /// <summary>The actor's name or another name of it: "Iran", "Islamic Republic of Iran".</summary>
    Name,

    /// <summary>A name matched only in the case written: "US", "IRGC".</summary>
    Acronym,

    /// <summary>A country's adjective: "Iranian" in "the Iranian minister".</summary>
    Adjective,

    /// <summary>A country's people: "Iranians".</summary>
    People,

    /// <summary>A capital or seat of government standing for a state's government: "Tehran", "the Kremlin".</summary>
    Capital,
}

/// <summary>One meaning of a dictionary phrase: the actor it names and how.</summary>
public sealed record NameSense(ActorEntry Entry, NameForm Form);
