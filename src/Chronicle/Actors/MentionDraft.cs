namespace Chronicle.Actors;

/// <summary>A mention while its sentence is being coded: what the phrase itself says, then what context and coreference add.</summary>
internal sealed class MentionDraft
{
    public required int First { get; set; }

    public required int End { get; set; }

    public required int Sentence { get; init; }

    /// <summary>The first token of the noun phrase the mention was read from, articles included.</summary>
    public int PhraseStart { get; set; } = -1;

    public int PhraseStartOrFirst => PhraseStart >= 0 ? PhraseStart : First;

    public required MentionKind Kind { get; init; }

    /// <summary>The dictionary actor the mention names, when it names one.</summary>
    public ActorEntry? Entry { get; init; }

    public NameForm? Form { get; init; }

    public string? Country { get; set; }

    public List<string> Sectors { get; set; } = [];

    /// <summary>A whole code taken from a named organization or a dated role; it wins over country and sectors.</summary>
    public ActorCode? FixedCode { get; set; }

    public ActorVia Via { get; set; } = ActorVia.Context;

    /// <summary>The mention's words, folded and without its article, to tell a repeated description ("the Al Khalifah regime").</summary>
    public string? Text { get; set; }

    public string? Name { get; set; }

    public string? Evidence { get; set; }

    /// <summary>What it refers to: a person, a group, a body (organizations, countries), for pronouns and agreement.</summary>
    public TermKind Referent { get; set; } = TermKind.Body;

    public bool Plural { get; set; }

    public Gender Gender { get; set; }

    /// <summary>The role words that describe it ("advisor", "minister"), for definite descriptions that refer back.</summary>
    public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);

    /// <summary>The head word of a description ("minister" of "the Iranian minister").</summary>
    public string? Head { get; set; }

    /// <summary>Opens with "the", "this" or "that": it may refer back.</summary>
    public bool Definite { get; set; }

    /// <summary>Stands before its clause's verb.</summary>
    public bool Subject { get; set; }

    /// <summary>The sentence's first actor before any verb.</summary>
    public bool MainSubject { get; set; }

    public MentionDraft? Antecedent { get; set; }

    /// <summary>The possessive owner the phrase was read with ("the country" of "the country's interior minister").</summary>
    public MentionDraft? Owner { get; set; }

    public bool IsCountry => Entry?.Kind is ActorKind.Country or ActorKind.Region && Form is NameForm.Name or NameForm.Acronym or NameForm.People;

    public ActorCode? Code =>
        FixedCode ?? (Country is null && Sectors.Count == 0 ? null : ActorCode.Of(Country, Sectors));

    /// <summary>The same words read as another actor of the same kind from another country: "Lawmakers in Kenya and Uganda".</summary>
    public MentionDraft Sibling(string? country) => new()
    {
        First = First,
        End = End,
        PhraseStart = PhraseStart,
        Sentence = Sentence,
        Kind = Kind,
        Country = country,
        Sectors = [.. Sectors],
        Referent = Referent,
        Plural = Plural,
        Head = Head,
    };

    /// <summary>Takes another mention's code, name and what it refers to, as coreference does.</summary>
    public void Adopt(MentionDraft other, ActorVia via)
    {
        FixedCode = other.Code;
        Name = other.Name ?? Name;
        Referent = other.Referent;
        Gender = other.Gender != Gender.Unknown ? other.Gender : Gender;
        Roles.UnionWith(other.Roles);
        Via = via;
        Antecedent = via == ActorVia.Coreference ? other : Antecedent;
    }
}
