using Chronicle.Syntax;

namespace Chronicle.Actors;

/// <summary>
/// Reads one base noun phrase into actor mentions: a titled name ("Iraq's National Security Advisor
/// Qassim al-Araji"), a named organization or country, or a description headed by a sector word
/// ("the Iranian Foreign Minister", "Bahraini forces"). Country and sector come from the phrase's own
/// words: adjectives, country names, a possessive owner, "X-led", and the sector vocabulary.
/// </summary>
internal sealed class PhraseReader(ActorLexicon lexicon)
{
    /// <summary>Nouns that head an actor when the rest of the phrase gives its sector ("human rights group", "the Iraqi side").</summary>
    private static readonly HashSet<string> ActorHeads =
    [
        "group", "groups", "organization", "organizations", "organisation", "organisations", "body", "bodies", "side", "sides",
        "party", "parties", "movement", "movements", "network", "unit", "units", "office", "offices", "agency", "agencies",
        "member", "members", "leader", "leaders", "figure", "figures", "personnel", "source", "sources", "head", "chief",
        "supporter", "supporters", "fighter", "fighters", "investigator", "investigators", "inspector", "inspectors",
        "monitor", "monitors", "observer", "observers", "expert", "experts",
    ];

    /// <summary>Those of <see cref="ActorHeads"/> that are people, not bodies: "head of X" is a person.</summary>
    private static readonly HashSet<string> PersonHeads =
        ["member", "members", "leader", "leaders", "figure", "figures", "personnel", "source", "sources", "head", "chief", "supporter", "supporters", "fighter", "fighters",
         "investigator", "investigators", "inspector", "inspectors", "monitor", "monitors", "observer", "observers", "expert", "experts"];

    /// <summary>Nouns that refer back to an actor without saying who: resolved by coreference or dropped.</summary>
    public static readonly HashSet<string> ReferringHeads = ["statement", "communique", "country", "kingdom", "nation", "state", "republic"];

    /// <summary>Words that end organizations' names, never people's: "Syndicate" after "Journalists" is no one's surname.</summary>
    private static readonly HashSet<string> OrganizationEndings =
    [
        "syndicate", "union", "association", "society", "council", "committee", "party", "front", "movement", "alliance",
        "organization", "organisation", "commission", "ministry", "agency", "group", "centre", "center", "institute",
        "federation", "authority", "court", "assembly", "army", "corps", "forces", "brigade", "brigades", "office", "bureau",
        "foundation", "network", "league", "coalition", "company", "bank", "government", "administration", "police", "guard",
        "unit", "units", "service", "services", "tribunal", "parliament", "senate", "congress", "board", "trust", "fund",
    ];

    private static readonly HashSet<string> DefiniteDeterminers = ["the", "this", "that", "these", "those"];

    public List<MentionDraft> Read(SentenceView view, NounPhrase phrase, DateOnly? date)
    {
        var first = phrase.FirstToken;
        var definite = false;
        // A determiner is passed over unless a dictionary name begins with it ("The Hermit Kingdom").
        while (first < phrase.EndToken && view.Tag(first) is "DT" or "PDT" && !view.Names.Any(n => n.First == first))
        {
            definite |= DefiniteDeterminers.Contains(view.Word(first));
            first++;
        }

        var drafts = new List<MentionDraft>();
        if (first >= phrase.EndToken || !MayNameAnActor(view, first, phrase.EndToken))
            return drafts;
        // A possessive inside an organization's name ("the Sudanese Fishermen's Union") or a dictionary name
        // ("Sudan's army") does not split it.
        var possessive = -1;
        for (var i = first; i < phrase.EndToken && possessive < 0; i++)
        {
            if (view.Tag(i) == "POS" && !view.Entities.Any(e => e.Type == "ORG" && e.FirstToken < i && i + 1 < e.EndToken)
                && !view.Names.Any(n => n.First < i && i + 1 < n.End))
                possessive = i;
        }

        MentionDraft? owner = null;
        var ownerFirst = first;
        if (possessive > first)
        {
            // "the Iraqi Kurdistan's local authorities": an owner that is no actor still places what it owns.
            owner = ReadSpan(view, first, possessive, definite, null, date, drafts)
                ?? (CountryOf(view.NamesIn(first, possessive).ToList(), view, first, possessive, date) is { } country
                    ? new MentionDraft { First = first, End = possessive, Sentence = view.Index, Kind = MentionKind.Description, Country = country }
                    : null);
            first = possessive + 1;
            while (first < phrase.EndToken && view.Tag(first) is "DT" or "PDT")
                first++;
            definite = true;
        }

        var main = first < phrase.EndToken ? ReadSpan(view, first, phrase.EndToken, definite, owner, date, drafts) : null;
        if (main is not null)
            main.Owner = owner;
        // "the country's interior minister": the owner refers back, and is kept to be resolved; other described owners are part of the phrase.
        if (main is not null && owner is { Kind: MentionKind.Description } && !IsReferring(owner))
            main.First = ownerFirst;
        else if (owner is not null && (main is null || !owner.IsCountry) && (owner.Code is not null || owner.Kind == MentionKind.Name || IsReferring(owner)))
            drafts.Insert(0, owner);
        if (main is not null)
            drafts.Add(main);
        foreach (var draft in drafts)
        {
            draft.PhraseStart = phrase.FirstToken;
            draft.Text ??= string.Join(' ', Enumerable.Range(draft.First, draft.End - draft.First).Select(view.Word));
        }

        return drafts;
    }

    /// <summary>Reads tokens [first, end) as one mention; organizations named inside a title go to <paramref name="extra"/>.</summary>
    private MentionDraft? ReadSpan(SentenceView view, int first, int end, bool definite, MentionDraft? owner, DateOnly? date, List<MentionDraft> extra)
    {
        var nameEnd = end;
        if (view.Word(end - 1) == ")" && Enumerable.Range(first, end - first).LastOrDefault(i => view.Word(i) == "(", -1) is > 0 and var open && open > first)
            nameEnd = open;
        var head = nameEnd - 1;
        while (head >= first && !NounPhraseChunker.IsNounAt(view.Doc, head))
            head--;
        if (head < first)
            return null;
        var names = view.NamesIn(first, end).ToList();

        if (PersonAtEnd(view, names, first, nameEnd) is var (personFirst, entry))
            return ReadTitledName(view, first, personFirst, nameEnd, entry, owner, date, extra);

        var named = names.LastOrDefault(n => n.First <= head && head < n.End && n.Sense.Form is NameForm.Name or NameForm.Acronym or NameForm.People or NameForm.Capital);
        if (named.Sense is { } sense && sense.Entry.Kind != ActorKind.Person)
            return FromDictionary(view, first, end, sense, date);

        var organization = view.EntitiesOverlapping(first, end).FirstOrDefault(e => e.Type is "ORG" or "NORP" && e.FirstToken <= head && head < e.EndToken);
        if (organization.Type is not null)
        {
            var draft = new MentionDraft { First = first, End = end, Sentence = view.Index, Kind = MentionKind.Name, Name = view.TextOf(first, nameEnd) };
            Describe(view, draft, first, nameEnd, owner, date, head);
            // "the Ministry of Agriculture" is what "the ministry" refers back to.
            draft.Roles.UnionWith(view.TermsIn(first, nameEnd).Where(t => t.Term.Kind == TermKind.Body).Select(t => t.Term.Head));
            return draft.Code is null && draft.FixedCode is null && !IsCapitalized(view, first) ? null : draft;
        }

        var headTerm = view.TermsIn(first, nameEnd).LastOrDefault(t => t.End == head + 1);
        if (headTerm.Term is { Sectors.Count: 0 })
            return null;
        var referring = definite && ReferringHeads.Contains(view.Word(head)) && head == nameEnd - 1;
        if (headTerm.Term is null && !ActorHeads.Contains(view.Word(head)) && !referring)
            return NamedInside(view, names, date) ?? Nationals(view, names, first, end, head, date);
        var description = new MentionDraft
        {
            First = first,
            End = end,
            Sentence = view.Index,
            Kind = MentionKind.Description,
            Definite = definite,
            Head = view.Word(head),
            Plural = headTerm.Term?.Plural ?? view.Tag(head) is "NNS" or "NNPS",
            Referent = headTerm.Term?.Kind is { } kind and not TermKind.Modifier ? kind : PersonHeads.Contains(view.Word(head)) ? TermKind.Person : TermKind.Body,
        };
        description.Text = string.Join(' ', Enumerable.Range(first, end - first).Select(view.Word));
        description.Roles.Add(view.Word(head));
        if (headTerm.Term is { } term)
            description.Roles.Add(term.Folded);
        Describe(view, description, first, nameEnd, owner, date, head);
        // "head of Iraq's PMU", "investigators from the UN" are coded from what follows, later; other heads need a sector of their own.
        var ofPhrase = end < view.Sentence.EndToken && view.Word(end) is "of" or "from";
        // "Palestinian leaders": a country alone still says who they are.
        if (headTerm.Term is null && !referring && !ofPhrase && description.Sectors.Count == 0 && description.FixedCode is null && description.Country is null)
            return null;
        return description;
    }

    /// <summary>
    /// Whether a phrase can hold an actor at all: a name, an entity, a sector word or a word that heads
    /// actors. Most noun phrases ("security cooperation", "the stability of both states") have none, and
    /// this cheap look spares them the reading.
    /// </summary>
    private static bool MayNameAnActor(SentenceView view, int first, int end)
    {
        foreach (var name in view.Names)
        {
            if (name.First < end && name.End > first)
                return true;
        }

        foreach (var term in view.Terms)
        {
            if (term.First < end && term.End > first)
                return true;
        }

        foreach (var entity in view.Entities)
        {
            if (entity.FirstToken < end && entity.EndToken > first)
                return true;
        }

        for (var i = first; i < end; i++)
        {
            var word = view.Word(i);
            if (ActorHeads.Contains(word) || ReferringHeads.Contains(word) || NounPhraseChunker.IsNounAt(view.Doc, i) && IsNameWord(view, i))
                return true;
        }

        return false;
    }

    private static bool IsReferring(MentionDraft draft) => draft is { Kind: MentionKind.Description, Definite: true, Head: { } head } && ReferringHeads.Contains(head);

    /// <summary>A person's name closing the span: a dictionary person, or a PERSON entity less any title words it swallowed.</summary>
    private (int First, ActorEntry? Entry)? PersonAtEnd(SentenceView view, List<NameMatch> names, int first, int nameEnd)
    {
        var known = names.LastOrDefault(n => n.End == nameEnd && n.Sense.Form is NameForm.Name or NameForm.Acronym
            && (n.Sense.Entry.Kind == ActorKind.Person || n.Sense.Entry.Kind == ActorKind.Country && IsTitled(view, first, n.First)));
        if (known.Sense is { } sense)
            return (known.First, sense.Entry);
        // The recognizer's PERSON yields to a dictionary name of another kind: "Jordan" is the country.
        var entity = view.EntitiesIn(first, nameEnd).LastOrDefault(e => e.Type == "PERSON" && e.EndToken == nameEnd
            && !names.Any(n => n.First <= e.FirstToken && n.End >= e.EndToken && n.Sense.Form is NameForm.Name or NameForm.Acronym));
        var start = entity.Type is null ? UnrecognizedName(view, names, first, nameEnd) : entity.FirstToken;
        if (start < 0)
            return null;
        // "General Qassem Soleimani", "Sheikh Isa Qassim": title words inside the entity belong to the title.
        foreach (var term in view.TermsIn(start, nameEnd).Where(t => t.Term.Kind == TermKind.Person))
        {
            if (term.First == start && term.End < nameEnd)
                start = term.End;
        }

        return (start, null);
    }

    /// <summary>
    /// Whether a person's title ends right where a name starts: "Prime Minister Romendacil" is a person even
    /// when a dictionary codes the name with a country alone, as PETRARCH's dictionaries code many people.
    /// </summary>
    private static bool IsTitled(SentenceView view, int first, int nameFirst) =>
        view.TermsIn(first, nameFirst).Any(t => t.End == nameFirst && t.Term.Kind == TermKind.Person);

    /// <summary>
    /// The start of a person's name the entity recognizer missed, closing the span: up to four capitalized
    /// words after a title ("General", "Council") or with a given name or name particle in them
    /// ("Faleh al-Fayyad"); -1 when the words do not look like a person's name.
    /// </summary>
    private static int UnrecognizedName(SentenceView view, List<NameMatch> names, int first, int nameEnd)
    {
        var start = nameEnd;
        while (start > first && IsNameWord(view, start - 1) && !names.Any(n => n.First < start && start - 1 < n.End)
            && !view.Terms.Any(t => t.First < start && start - 1 < t.End))
            start--;
        var length = nameEnd - start;
        if (length is 0 or > 4 || OrganizationEndings.Contains(view.Word(nameEnd - 1)))
            return -1;
        var titled = view.TermsIn(first, start).Any(t => t.End == start && t.Term.Kind is TermKind.Person or TermKind.Body)
            || names.Any(n => n.End == start && n.Sense.Entry.Kind == ActorKind.Organization);
        var looksPersonal = length >= 2 && (GivenNames.IsGivenName(view.Word(start)) || Enumerable.Range(start, length).Any(i => GivenNames.IsNameParticle(view.Word(i))));
        return titled || looksPersonal ? start : -1;
    }

    private static bool IsNameWord(SentenceView view, int token)
    {
        var text = view.Doc[view.Doc.Tokens[token]];
        return view.Doc.Tokens[token].Kind == Text.TokenKind.Word && text.Length > 1
            && (char.IsUpper(text[0]) || GivenNames.IsNameParticle(view.Word(token))) && !PhraseWords.IsAllCapitals(text);
    }

    private MentionDraft ReadTitledName(SentenceView view, int first, int personFirst, int nameEnd, ActorEntry? entry, MentionDraft? owner, DateOnly? date, List<MentionDraft> extra)
    {
        var draft = new MentionDraft
        {
            First = personFirst,
            End = nameEnd,
            Sentence = view.Index,
            Kind = MentionKind.Name,
            Referent = TermKind.Person,
            Name = entry?.Name ?? view.TextOf(personFirst, nameEnd),
            Gender = entry?.Gender ?? Gender.Unknown,
        };
        foreach (var term in view.TermsIn(first, personFirst).Where(t => t.Term.Kind == TermKind.Person))
            draft.Roles.Add(term.Term.Head);
        if (entry?.CodeOn(date) is { } role)
        {
            draft.FixedCode = role.Code;
            draft.Via = ActorVia.Dictionary;
            if (role.Title is { } title)
                draft.Roles.Add(PhraseWords.Of(title)[^1]);
            // A known name with a country alone takes the sector its title gives, as PETRARCH adds an agent to an actor:
            // "Bree Prime Minister Romendacil" is BREGOV.
            if (role.Code.Sectors.Count == 0 && first < personFirst)
            {
                var titled = new MentionDraft { First = first, End = personFirst, Sentence = view.Index, Kind = MentionKind.Description };
                Describe(view, titled, first, personFirst, owner, date, personFirst - 1);
                if (titled.FixedCode is null && titled.Sectors.Count > 0)
                    draft.FixedCode = role.Code.WithSectors(titled.Sectors);
            }
        }
        else if (first < personFirst || owner is not null)
        {
            Describe(view, draft, first, personFirst, owner, date, personFirst - 1);
            draft.Evidence = view.TextOf(owner?.First ?? first, personFirst);
        }

        // An organization in the title is an actor of its own: "the Iraqi Supreme Judicial Council Faiq Zidane".
        var titleBody = view.TermsIn(first, personFirst).LastOrDefault(t => t.End == personFirst && t.Term.Kind == TermKind.Body);
        if (titleBody.Term is not null && personFirst - first > 1)
        {
            var body = new MentionDraft { First = first, End = personFirst, Sentence = view.Index, Kind = MentionKind.Name, Name = view.TextOf(first, personFirst) };
            Describe(view, body, first, personFirst, owner, date, personFirst - 1);
            if (body.Code is not null)
                extra.Add(body);
        }

        return draft;
    }

    /// <summary>"Boko Haram positions", "Iranian territory": a phrase about no actor may still name one; that name is the mention.</summary>
    private static MentionDraft? NamedInside(SentenceView view, List<NameMatch> names, DateOnly? date)
    {
        var named = names.LastOrDefault(n => n.Sense.Form is NameForm.Name or NameForm.Acronym && n.Sense.Entry.Kind is ActorKind.Organization or ActorKind.Country or ActorKind.Person);
        return named.Sense is { } sense ? FromDictionary(view, named.First, named.End, sense, date) : null;
    }

    /// <summary>
    /// "Israeli tanks", "Chinese vessels", "Palestinian riots": a country's adjective before a noun that names
    /// no actor still says whose the thing is, as PETRARCH reads it; the phrase is that country's, with no sector.
    /// </summary>
    private static MentionDraft? Nationals(SentenceView view, List<NameMatch> names, int first, int end, int head, DateOnly? date)
    {
        var adjective = names.LastOrDefault(n => n.End <= head && n.Sense.Form == NameForm.Adjective && n.Sense.Entry.Kind is ActorKind.Country);
        if (adjective.Sense?.Entry.CodeOn(date)?.Code.Country is not { } country)
            return null;
        // Only words of the same phrase between the adjective and its noun: "Iranian oil exports", not "Iranian-built X of Y".
        for (var i = adjective.End; i < head; i++)
        {
            if (view.Tag(i) is not ("JJ" or "NN" or "NNS" or "VBN" or "HYPH"))
                return null;
        }

        return new MentionDraft
        {
            First = first,
            End = end,
            Sentence = view.Index,
            Kind = MentionKind.Description,
            Country = country,
            Head = view.Word(head),
            Plural = view.Tag(head) is "NNS" or "NNPS",
            Evidence = view.TextOf(adjective.First, adjective.End),
        };
    }

    private static MentionDraft FromDictionary(SentenceView view, int first, int end, NameSense sense, DateOnly? date)
    {
        var code = sense.Entry.CodeOn(date)?.Code;
        if (code is not null && sense.Form == NameForm.Capital)
            code = code.WithSectors(["GOV"]);
        var people = sense.Form == NameForm.People;
        return new MentionDraft
        {
            First = first,
            End = end,
            Sentence = view.Index,
            Kind = MentionKind.Name,
            Entry = sense.Entry,
            Form = sense.Form,
            FixedCode = code,
            Via = ActorVia.Dictionary,
            Name = sense.Entry.Name,
            Plural = people || sense.Entry.Plural,
            Referent = people || sense.Entry.Plural ? TermKind.Group : TermKind.Body,
        };
    }

    /// <summary>
    /// Fills country and sectors from the words of [first, end) and the owner: a named organization
    /// gives its whole code; else a country from an adjective, a country name, "X-led" or the owner, and
    /// sectors from the sector word at the head, unless a more specific one stands beside it.
    /// </summary>
    private void Describe(SentenceView view, MentionDraft draft, int first, int end, MentionDraft? owner, DateOnly? date, int head)
    {
        var names = view.NamesIn(first, end).ToList();
        // A known organization codes the phrase ("the PMU forces"), unless more name words follow it: the
        // Iraqi "Fatah (Conquest) Alliance" is not the Palestinian Fatah.
        var organization = names.FirstOrDefault(n => n.Sense.Entry.Kind == ActorKind.Organization && n.Sense.Form is NameForm.Name or NameForm.Acronym
            && !Enumerable.Range(n.End, Math.Max(0, end - n.End)).Any(i => IsNameWord(view, i) && !names.Any(o => o.First <= i && i < o.End)));
        if (organization.Sense?.Entry.CodeOn(date)?.Code is { } organizationCode)
        {
            draft.FixedCode = organizationCode;
            draft.Evidence = view.TextOf(organization.First, organization.End);
            return;
        }

        draft.Country = CountryOf(names, view, first, end, date) ?? owner?.Code?.Country;
        if (owner is { IsCountry: false, Code: { } ownerCode } && draft.Country is null && ownerCode.Country is not null)
            draft.Country = ownerCode.Country;
        var countryTokens = names.Where(n => n.Sense.Entry.Kind is ActorKind.Country or ActorKind.Region).SelectMany(n => Enumerable.Range(n.First, n.End - n.First)).ToHashSet();
        var terms = view.TermsIn(first, end).Where(t => !countryTokens.Contains(t.First)).ToList();
        draft.Sectors = [.. ChooseSectors(terms, head)];
        if (owner is { IsCountry: false, Code.Sector: { } ownerSector } && draft.Sectors.Count == 0)
            draft.Sectors = [.. owner.Code!.Sectors];
    }

    private string? CountryOf(List<NameMatch> names, SentenceView view, int first, int end, DateOnly? date)
    {
        foreach (var name in names)
        {
            if (name.Sense.Entry.Kind is ActorKind.Country or ActorKind.Region)
                return name.Sense.Entry.CodeOn(date)?.Code.Country;
        }

        // "the Biden administration", "the Maduro government": a leader's name before the head says whose.
        foreach (var name in names)
        {
            if (name.Sense.Entry.Kind == ActorKind.Person && name.End < end && name.Sense.Entry.CodeOn(date)?.Code.Country is { } leaders)
                return leaders;
        }

        // "Saudi-led coalition": the leader's country.
        for (var i = first; i < end; i++)
        {
            var word = view.Word(i);
            if (word.EndsWith("-led", StringComparison.Ordinal) && word.Length > 4)
            {
                var leader = lexicon.Names.Lookup(PhraseWords.Of(word[..^4]));
                if (leader.FirstOrDefault(s => s.Entry.Kind is ActorKind.Country or ActorKind.Region) is { } country)
                    return country.Entry.CodeOn(date)?.Code.Country;
            }
        }

        return null;
    }

    /// <summary>The head's sectors, unless the head is generic (GOV, CVL, or none) and another sector word in the phrase is more specific.</summary>
    private static IEnumerable<string> ChooseSectors(List<TermMatch> terms, int head)
    {
        var headTerm = terms.LastOrDefault(t => t.End == head + 1 && t.Term.Kind != TermKind.Modifier);
        var specific = terms.Where(t => !ReferenceEquals(t.Term, headTerm.Term) && t.Term.Sectors.Count > 0 && !IsGeneric(t.Term.Sectors[0])).ToList();
        if (headTerm.Term is { Sectors.Count: > 0 } term && !IsGeneric(term.Sectors[0]))
            return term.Sectors;
        if (specific.Count > 0)
            return specific[^1].Term.Sectors;
        return headTerm.Term?.Sectors ?? terms.LastOrDefault().Term?.Sectors ?? [];
    }

    private static bool IsGeneric(string sector) => sector is "GOV" or "CVL";

    private static bool IsCapitalized(SentenceView view, int token) => view.Doc[view.Doc.Tokens[token]] is [var c, ..] && char.IsUpper(c);
}
