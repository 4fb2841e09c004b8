namespace Chronicle.Actors;

/// <summary>
/// Resolves mentions that refer back within a story: short names ("Fayyad" after "Faleh al-Fayyad"),
/// definite descriptions ("the Iranian minister", "the advisor", "the ministry", "the statement"), and
/// pronouns, by agreement (person or not, number, gender, country, role) and salience (how recent,
/// whether it was a subject, how often it was mentioned). A resolved mention takes its antecedent's code.
/// </summary>
internal static class Coreference
{
    /// <summary>How many sentences back an antecedent is looked for.</summary>
    private const int Reach = 4;

    private static readonly Dictionary<string, (TermKind Referent, bool Plural, Gender Gender)> Pronouns = new(StringComparer.Ordinal)
    {
        ["he"] = (TermKind.Person, false, Gender.Male),
        ["him"] = (TermKind.Person, false, Gender.Male),
        ["his"] = (TermKind.Person, false, Gender.Male),
        ["she"] = (TermKind.Person, false, Gender.Female),
        ["her"] = (TermKind.Person, false, Gender.Female),
        ["they"] = (TermKind.Group, true, Gender.Unknown),
        ["them"] = (TermKind.Group, true, Gender.Unknown),
        ["their"] = (TermKind.Group, true, Gender.Unknown),
        ["it"] = (TermKind.Body, false, Gender.Unknown),
        ["its"] = (TermKind.Body, false, Gender.Unknown),
    };

    private static readonly HashSet<string> CountryNouns = ["country", "kingdom", "nation", "state", "republic"];

    /// <summary>Role words that stand for one another in a description: "the top Iranian diplomat" after "the Iranian Foreign Minister".</summary>
    private static readonly HashSet<string> DiplomaticRoles = ["diplomat", "minister", "foreign minister", "envoy", "ambassador"];

    public static bool IsPronoun(string word) => Pronouns.ContainsKey(word);

    public static MentionDraft Pronoun(SentenceView view, int token)
    {
        var (referent, plural, gender) = Pronouns[view.Word(token)];
        return new MentionDraft
        {
            First = token,
            End = token + 1,
            Sentence = view.Index,
            Kind = MentionKind.Pronoun,
            Referent = referent,
            Plural = plural,
            Gender = gender,
        };
    }

    /// <summary>Resolves the mentions of one sentence in order, against the story so far and the sentence's own earlier mentions.</summary>
    public static void Resolve(SentenceView view, List<MentionDraft> drafts, StoryMemory memory)
    {
        foreach (var draft in drafts)
        {
            var antecedent = draft.Kind switch
            {
                MentionKind.Pronoun => ForPronoun(view, draft, drafts, memory),
                MentionKind.Description when draft.Definite && draft.Antecedent is null => ForDescription(draft, memory, drafts),
                MentionKind.Name when draft.Entry is null && draft.Via != ActorVia.Dictionary => ForShortName(view, draft, memory),
                _ => null,
            };
            if (antecedent is null || antecedent.Code is null)
                continue;
            draft.Adopt(antecedent, ActorVia.Coreference);
            // "the country" is the state, whether its antecedent was "Sudan" or "Khartoum".
            if (draft.Head is { } head && CountryNouns.Contains(head) && draft.Code?.Country is { } country)
                draft.FixedCode = ActorCode.Of(country, []);
            antecedent.Roles.UnionWith(draft.Roles.Where(_ => draft.Kind == MentionKind.Description));
        }
    }

    private static MentionDraft? ForShortName(SentenceView view, MentionDraft draft, StoryMemory memory)
    {
        if (draft.Referent != TermKind.Person || draft.Code is not null || draft.End - draft.First != 1)
            return null;
        var antecedent = memory.PersonWithSurname(StoryMemory.Surname(view.Word(draft.First)));
        return antecedent is not null && antecedent.Sentence < draft.Sentence ? antecedent : null;
    }

    private static MentionDraft? ForDescription(MentionDraft draft, StoryMemory memory, List<MentionDraft> sentence)
    {
        // "the Al Khalifah regime" again, however far back: the same words are the same actor, unless the
        // description says otherwise ("the government of Canada" after Ghana's "the government").
        if (memory.SameDescription(draft.Text) is { } same && Agrees(draft, same))
            return same;
        var candidates = memory.Recent(draft.Sentence, Reach).Concat(sentence.Where(d => d.End <= draft.First))
            .Where(m => m.Code is not null).Reverse().ToList();
        switch (draft.Head)
        {
            case "statement" or "communique":
                return memory.StatementIssuer ?? memory.LastSpeaker;
            case { } head when CountryNouns.Contains(head) && !draft.Plural:
                return candidates.FirstOrDefault(m => m.IsCountry) ?? candidates.FirstOrDefault(m => m.Form == NameForm.Capital);
        }

        if (draft.Plural)
            return candidates.FirstOrDefault(m => m.Plural && m.Referent == draft.Referent && m.Head == draft.Head && Agrees(draft, m));
        return candidates.FirstOrDefault(m => !m.Plural && m.Referent == draft.Referent && Agrees(draft, m) && SameRole(draft, m))
            ?? candidates.FirstOrDefault(m => !m.Plural && m.Referent == draft.Referent && Agrees(draft, m) && SimilarRole(draft, m));
    }

    private static bool Agrees(MentionDraft description, MentionDraft antecedent) =>
        (description.Country is null || antecedent.Code!.Country == description.Country)
        && (description.Sectors.Count == 0 || antecedent.Code!.Sector == description.Sectors[0] || antecedent.Code!.Sector is null);

    // "the minister" may be any minister named before; "the interior minister" only an interior minister.
    private static bool SameRole(MentionDraft description, MentionDraft antecedent) =>
        description.Head is { } head && antecedent.Roles.Contains(head) && SpecificRoleAgrees(description, antecedent);

    private static bool SimilarRole(MentionDraft description, MentionDraft antecedent) =>
        description.Roles.Any(DiplomaticRoles.Contains) && antecedent.Roles.Any(DiplomaticRoles.Contains) && SpecificRoleAgrees(description, antecedent);

    private static bool SpecificRoleAgrees(MentionDraft description, MentionDraft antecedent) =>
        description.Roles.Where(r => r.Contains(' ')).All(antecedent.Roles.Contains);

    private static MentionDraft? ForPronoun(SentenceView view, MentionDraft pronoun, List<MentionDraft> sentence, StoryMemory memory)
    {
        // "For his part, al-Araji said": the pronoun looks ahead to the sentence's subject.
        if (pronoun.First > view.Sentence.FirstToken && view.Word(pronoun.First - 1) == "for" && pronoun.End < view.Sentence.EndToken && view.Word(pronoun.End) == "part")
        {
            var nearest = sentence.Where(d => d != pronoun && Fits(pronoun, d)).MinBy(d => Math.Abs(d.First - pronoun.First));
            if (nearest is not null)
                return nearest.Code is not null ? nearest : null;
        }

        var earlier = sentence.Where(d => d.End <= pronoun.First && d != pronoun);
        var candidates = memory.Recent(pronoun.Sentence, 2).Concat(earlier).Where(m => m.Code is not null && Fits(pronoun, m)).ToList();
        // "It" is often no one ("it is unacceptable"): only an organization or country just named can be it.
        if (candidates.Count == 0 || pronoun.Referent == TermKind.Body && !candidates.Any(c => pronoun.Sentence - c.Sentence <= 1))
            return null;
        // "X launched airstrikes against their positions": whoever is attacked is not the attacker.
        var opposed = pronoun.First > view.Sentence.FirstToken && view.Word(pronoun.First - 1) is "against" or "on" or "at" or "targeting";
        return candidates
            .Select((m, order) => (Mention: m, Score: Salience(m, pronoun, candidates) - (opposed && m.Sentence == pronoun.Sentence && m.MainSubject ? 2 : 0) + order * 1e-6))
            .MaxBy(c => c.Score).Mention;
    }

    private static bool Fits(MentionDraft pronoun, MentionDraft candidate) => pronoun.Referent switch
    {
        TermKind.Person => candidate.Referent == TermKind.Person && !candidate.Plural && (candidate.Gender == Gender.Unknown || candidate.Gender == pronoun.Gender),
        TermKind.Group => candidate.Plural && candidate.Kind != MentionKind.Pronoun || candidate.Kind == MentionKind.Pronoun && candidate.Plural,
        _ => !candidate.Plural && candidate.Referent == TermKind.Body,
    };

    private static double Salience(MentionDraft candidate, MentionDraft pronoun, List<MentionDraft> all)
    {
        var distance = pronoun.Sentence - candidate.Sentence;
        var subject = candidate.MainSubject ? 1.0 : candidate.Subject ? 0.5 : 0;
        var mentions = all.Count(m => SameActor(m, candidate));
        return -distance + subject + 0.25 * Math.Min(mentions, 4);
    }

    private static bool SameActor(MentionDraft a, MentionDraft b) =>
        ReferenceEquals(a, b) || a.Name is not null && a.Name == b.Name && a.Code?.Value == b.Code?.Value;
}
