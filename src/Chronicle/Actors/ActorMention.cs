namespace Chronicle.Actors;

/// <summary>How a mention got its code.</summary>
public enum ActorVia
{
    /// <summary>Its name is in a dictionary.</summary>
    Dictionary,

    /// <summary>The words around it say who it is: a title, a demonym, a possessive, an apposition.</summary>
    Context,

    /// <summary>It refers back to an earlier mention and carries that mention's code.</summary>
    Coreference,
}

/// <summary>What a mention is in the text.</summary>
public enum MentionKind
{
    /// <summary>A proper name: "Hossein Amir-Abdollahian", "Iran", "the IRGC".</summary>
    Name,

    /// <summary>A common-noun phrase: "the Iranian Foreign Minister", "Bahraini forces".</summary>
    Description,

    Pronoun,
}

/// <summary>
/// One mention of an actor: tokens [FirstToken, EndToken) and chars [Start, End) of its Doc, its code
/// (null when nothing says who it is), the canonical name when known, and how it was coded.
/// </summary>
public sealed record ActorMention
{
    public required int FirstToken { get; init; }

    public required int EndToken { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>Index of the sentence in its Doc.</summary>
    public required int Sentence { get; init; }

    public required MentionKind Kind { get; init; }

    public ActorCode? Code { get; init; }

    /// <summary>The actor's canonical name ("Hossein Amir-Abdollahian") when a dictionary or an antecedent gives it.</summary>
    public string? Name { get; init; }

    public required ActorVia Via { get; init; }

    /// <summary>Index in the Doc's actor layer of the mention this one refers back to, when it does.</summary>
    public int? Antecedent { get; init; }

    /// <summary>The words that gave the code when they are not the mention itself ("Iraq's National Security Advisor"), for explanations.</summary>
    public string? Evidence { get; init; }
}
