namespace Chronicle.Actors;

/// <summary>What a sector word describes, which decides whether it heads an actor and how it is referred back to.</summary>
public enum TermKind
{
    /// <summary>A role one person holds: "minister", "protester".</summary>
    Person,

    /// <summary>Many people at once: "forces", "troops", "police".</summary>
    Group,

    /// <summary>An organization or institution: "government", "ministry", "court".</summary>
    Body,

    /// <summary>A word that sets the sector of the phrase it is in without heading it: "judicial", "military".</summary>
    Modifier,
}

/// <summary>A phrase of the sector vocabulary: "foreign minister" is a GOV person; "security forces" a COP group.</summary>
/// <param name="Phrase">The phrase as written in its dictionary.</param>
/// <param name="Sectors">The codes it adds after the country, e.g. ["GOV"] or ["GOV", "FRM"].</param>
/// <param name="Plural">Whether this form is plural ("ministers", "forces").</param>
public sealed record SectorTerm(string Phrase, IReadOnlyList<string> Sectors, TermKind Kind, bool Plural)
{
    /// <summary>The phrase's words folded and joined by spaces ("foreign minister"); worked out once, as it is read for every description.</summary>
    public string Folded { get; } = string.Join(' ', PhraseWords.Of(Phrase));

    /// <summary>The last word of the phrase, which names what it is ("minister" of "foreign minister").</summary>
    public string Head => Folded.LastIndexOf(' ') is var space and >= 0 ? Folded[(space + 1)..] : Folded;
}
