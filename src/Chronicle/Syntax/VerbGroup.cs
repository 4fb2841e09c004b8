namespace Chronicle.Syntax;

/// <summary>How a verb group stands in its sentence.</summary>
public enum VerbForm
{
    /// <summary>A tensed verb with a subject of its own: "has launched", "were arrested".</summary>
    Finite,

    /// <summary>"to sign": its subject is the subject of the verb it completes.</summary>
    Infinitive,

    /// <summary>"Talking with...", "vowing to continue": its subject is the main clause's.</summary>
    Participle,
}

/// <summary>
/// A verb group: tokens [FirstToken, EndToken) of its Doc (auxiliaries, modals, adverbs and the main
/// verb), its main verb, voice, negation and modal.
/// </summary>
public sealed record VerbGroup(int FirstToken, int EndToken, int Main, VerbForm Form, bool Passive, bool Negated, string? Modal);
