namespace Chronicle.Actors;

/// <summary>
/// Rules that code a mention from the mentions beside it in its sentence: "head of X" takes X's code,
/// "troops from Saudi Arabia" its country from the phrase after it, "also known as" names the same
/// actor, an apposition gives a name the code of its description (and names joined to it by "and"),
/// and a description with a sector but no country takes the country its story is about.
/// </summary>
internal static class ContextRules
{
    /// <summary>Role nouns that take their code from what follows "of", or "from" an organization: "head of Iraq's PMU", "investigators from the UN".</summary>
    private static readonly HashSet<string> OfRoles =
    [
        "head", "chief", "leader", "commander", "secretary", "member", "chairman", "chairwoman", "director", "spokesman",
        "spokeswoman", "spokesperson", "president", "founder", "deputy", "official", "officials", "members", "leaders", "representative",
        "supporter", "supporters", "fighter", "fighters", "troops", "forces", "soldiers", "militants", "investigators", "inspectors",
        "monitors", "observers", "experts",
    ];

    private static readonly HashSet<string> OriginPrepositions = ["from", "of", "in"];

    /// <summary>Rules that read only the sentence, run before coreference.</summary>
    public static void BeforeCoreference(SentenceView view, List<MentionDraft> drafts, StoryMemory memory)
    {
        OfPhrases(view, drafts);
        FollowingCountry(view, drafts);
        AlsoKnownAs(view, drafts);
        // Definite descriptions wait: "the advisor" may be someone already named, with a country of their own.
        NearestCountry(view, drafts.Where(d => !d.Definite), drafts, memory);
    }

    /// <summary>Rules that may use what coreference found, run after it.</summary>
    public static void AfterCoreference(SentenceView view, List<MentionDraft> drafts, StoryMemory memory)
    {
        NearestCountry(view, drafts, drafts, memory);
        // "supporters of the former president": the owner may have gained its country since (ELI, then PERELI).
        OfPhrases(view, drafts);
        Appositions(view, drafts);
        LeaderOfBody(view, drafts);
        CoordinatedNames(view, drafts);
    }

    private static void OfPhrases(SentenceView view, List<MentionDraft> drafts)
    {
        for (var i = drafts.Count - 1; i >= 0; i--)
        {
            var role = drafts[i];
            if (role.Kind != MentionKind.Description || role.Head is not { } head || !OfRoles.Contains(head) || !(WordIs(view, role.End, "of") || WordIs(view, role.End, "from")))
                continue;
            if (Next(drafts, i, role.End + 1) is not { Code: not null } owner)
                continue;
            // "investigators from the UN" are the UN's; "troops from Chad" take Chad as their country only (FollowingCountry).
            if (WordIs(view, role.End, "from") && owner.Entry?.Kind != ActorKind.Organization)
                continue;
            // "the president of France" is France's government, not France: a role with a sector of its own
            // takes only the country, as "French president" would (FollowingCountry).
            if (owner.IsCountry && role.Sectors.Count > 0)
                continue;
            role.FixedCode = owner.Code;
            role.Evidence = view.TextOf(role.First, owner.End);
        }
    }

    /// <summary>
    /// "troops from Saudi Arabia": a description takes its country from the phrase after it. "Lawmakers in Kenya and
    /// Uganda" are two actors: each further country of the list gives a sibling with the same words and its own country.
    /// </summary>
    private static void FollowingCountry(SentenceView view, List<MentionDraft> drafts)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (draft.Kind != MentionKind.Description || draft.FixedCode is not null || draft.Country is not null || draft.End >= view.Sentence.EndToken)
                continue;
            if (!OriginPrepositions.Contains(view.Word(draft.End)) || Next(drafts, i, draft.End + 1) is not { } place || !IsOrigin(place))
                continue;
            draft.Country = place.Code?.Country;
            var siblings = new List<MentionDraft>();
            for (var member = place; ListedAfter(view, drafts, member) is { } next && IsOrigin(next) && next.Code?.Country != draft.Country; member = next)
                siblings.Add(draft.Sibling(next.Code?.Country));
            drafts.InsertRange(i + 1, siblings);
            i += siblings.Count;
        }
    }

    private static bool IsOrigin(MentionDraft place) => place.IsCountry || place.Form == NameForm.Capital;

    /// <summary>The next member of a list "A, B and C" after <paramref name="member"/>, if any.</summary>
    private static MentionDraft? ListedAfter(SentenceView view, List<MentionDraft> drafts, MentionDraft member)
    {
        var link = member.End;
        if (WordIs(view, link, ",") && (WordIs(view, link + 1, "and") || WordIs(view, link + 1, "or")))
            link++;
        if (!(WordIs(view, link, "and") || WordIs(view, link, "or") || WordIs(view, link, ",")))
            return null;
        return Next(drafts, drafts.IndexOf(member), link + 1);
    }

    /// <summary>"the PMU, also known as Hashd al-Sha'abi": the second name is the first actor.</summary>
    private static void AlsoKnownAs(SentenceView view, List<MentionDraft> drafts)
    {
        for (var i = 1; i < drafts.Count; i++)
        {
            var (known, alias) = (drafts[i - 1], drafts[i]);
            var gap = alias.PhraseStartOrFirst - known.End;
            if (known.Code is null || gap is < 2 or > 3 || !WordIs(view, alias.PhraseStartOrFirst - 1, "as") || !WordIs(view, alias.PhraseStartOrFirst - 2, "known"))
                continue;
            alias.Adopt(known, ActorVia.Context);
            alias.Evidence = view.TextOf(known.First, alias.End);
        }
    }

    private static void NearestCountry(SentenceView view, IEnumerable<MentionDraft> unplaced, List<MentionDraft> drafts, StoryMemory memory)
    {
        foreach (var draft in unplaced)
        {
            if (draft.FixedCode is not null || draft.Country is not null || draft.Sectors.Count == 0)
                continue;
            if (draft.Owner?.Code?.Country is { } ownerCountry)
            {
                draft.Country = ownerCountry;
                continue;
            }

            // A name takes a country only from a country named beside it; a description also from another description's.
            // Neither takes it from another person's title; then the story's country is theirs.
            var nearest = drafts.Where(d => d != draft && d.IsCountry && d.Code?.Country is not null && !IsTitleOfAnother(view, d, draft, drafts))
                .MinBy(d => Math.Abs(d.First - draft.First) + (d.First > draft.First ? 1 : 0))
                ?? (draft.Kind == MentionKind.Description
                    ? drafts.Where(d => d != draft && d.FixedCode is null && d.Country is not null).MinBy(d => Math.Abs(d.First - draft.First))
                    : null);
            if ((nearest?.Code?.Country ?? memory.StoryCountry(draft.Sentence, drafts.Where(d => !IsTitleOfAnother(view, d, draft, drafts)))) is { } country)
            {
                draft.Country = country;
                draft.Evidence ??= "the country the story is about";
            }
        }
    }

    /// <summary>How many title words may stand between a country and the person it describes: "U.S. Secretary of State Antony Blinken".</summary>
    private const int TitleWords = 4;

    /// <summary>
    /// Whether a mention's country belongs to a person other than <paramref name="draft"/>: that person, or a country
    /// in its title. "U.S. Secretary of State Antony Blinken spoke with army chief X" says whose Blinken is, not
    /// whose army X leads.
    /// </summary>
    private static bool IsTitleOfAnother(SentenceView view, MentionDraft other, MentionDraft draft, List<MentionDraft> drafts) =>
        other != draft && (IsPerson(other) || other.IsCountry && drafts.Any(p => p != draft && IsPerson(p) && IsTitleBetween(view, other.End, p.First)));

    private static bool IsPerson(MentionDraft draft) => draft is { Kind: MentionKind.Name, Referent: TermKind.Person };

    /// <summary>Whether tokens [first, end) are a title's words: "Secretary of State", "'s Foreign Minister".</summary>
    private static bool IsTitleBetween(SentenceView view, int first, int end) =>
        end >= first && end - first <= TitleWords
            && Enumerable.Range(first, end - first).All(i => view.Tag(i) is "NNP" or "NNPS" or "POS" || view.Word(i) == "of");

    private static void Appositions(SentenceView view, List<MentionDraft> drafts)
    {
        for (var i = 0; i + 1 < drafts.Count; i++)
        {
            var (left, right) = (drafts[i], drafts[i + 1]);
            // Skip an owner between them: "the leader of the country's Shia majority, Sheikh Isa Qassim".
            if (i > 0 && WordIs(view, left.End, "'s") && drafts[i - 1].Kind == MentionKind.Description)
                left = drafts[i - 1];
            if (!WordIs(view, right.PhraseStartOrFirst - 1, ","))
                continue;
            // "the spiritual leader of the country's Shia majority, Sheikh Isa Qassim": the name is the leader's.
            if (right.PhraseStartOrFirst != left.End + 1 && !(left.Kind == MentionKind.Description && WordIs(view, left.End, "of") && NoMentionBetween(view, drafts, left.End, right.PhraseStartOrFirst - 1)))
                continue;
            var (name, description) = left.Kind == MentionKind.Name && right.Kind == MentionKind.Description ? (left, right)
                : left.Kind == MentionKind.Description && right.Kind == MentionKind.Name ? (right, left) : (null, null);
            if (name is null || description?.Code is null || name.IsCountry || name.Form == NameForm.Capital || description.Referent == TermKind.Body && name.Referent == TermKind.Person)
                continue;
            if (name.Code is null)
            {
                name.FixedCode = description.Code;
                name.Evidence = view.TextOf(description.First, description.End);
                name.Referent = description.Referent == TermKind.Body ? TermKind.Body : TermKind.Person;
                name.Via = ActorVia.Context;
            }

            name.Roles.UnionWith(description.Roles);
            description.Name ??= name.Name;
            description.Antecedent ??= name;
        }
    }

    /// <summary>"the Riyadh-friendly regime of Abd Rabbuh Mansour Hadi": the person leads the body.</summary>
    private static void LeaderOfBody(SentenceView view, List<MentionDraft> drafts)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var body = drafts[i];
            if (body.Kind != MentionKind.Description || body.Referent != TermKind.Body || body.Code is null || !WordIs(view, body.End, "of"))
                continue;
            if (Next(drafts, i, body.End + 1) is { Kind: MentionKind.Name, Code: null, Referent: TermKind.Person } leader)
            {
                leader.FixedCode = body.Code;
                leader.Evidence = view.TextOf(body.First, leader.End);
            }
        }
    }

    /// <summary>"commanders General Qassem Soleimani and Abu Mahdi Muhandis": names joined by "and" or a comma share the code the first got from its context.</summary>
    private static void CoordinatedNames(SentenceView view, List<MentionDraft> drafts)
    {
        for (var j = 1; j < drafts.Count; j++)
        {
            var (coded, next) = (drafts[j - 1], drafts[j]);
            if (coded is not { Kind: MentionKind.Name, Via: ActorVia.Context, Referent: TermKind.Person, Code: not null }
                || next is not { Kind: MentionKind.Name, Referent: TermKind.Person, Code: null })
                continue;
            if (next.PhraseStartOrFirst != coded.End + 1 || view.Word(coded.End) is not ("and" or ","))
                continue;
            next.FixedCode = coded.Code;
            next.Evidence = coded.Evidence;
            next.Referent = coded.Referent;
        }
    }

    // An owner ("the country's") between them is part of the phrase after "of", not an actor of its own there.
    private static bool NoMentionBetween(SentenceView view, List<MentionDraft> drafts, int first, int end) =>
        end - first <= 6 && !drafts.Any(d => d.First >= first && d.End <= end && d.Kind != MentionKind.Pronoun && d.Code is not null && !WordIs(view, d.End, "'s"));

    private static bool WordIs(SentenceView view, int token, string word) =>
        token >= view.Sentence.FirstToken && token < view.Sentence.EndToken && view.Word(token) == word;

    /// <summary>The main mention of the noun phrase that starts at <paramref name="token"/> (the last one read from it), if any.</summary>
    private static MentionDraft? Next(List<MentionDraft> drafts, int index, int token) =>
        drafts.Skip(index + 1).LastOrDefault(d => d.PhraseStartOrFirst == token);
}
