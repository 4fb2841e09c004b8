using Chronicle.Pipeline;
using Chronicle.Syntax;
using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>
/// The event annotator: finds each event a sentence states (a verb or event noun matching a pattern),
/// its source and target among the sentence's actor mentions, and codes it in CAMEO with Goldstein,
/// QuadClass and PLOVER. Negated and conditional events are not coded; events under a modal ("could
/// attack") are coded with less confidence. Reads tokens, POS tags and actors; adds the event layer.
/// </summary>
public sealed class EventCoder(PatternDictionary patterns, CameoCodebook codebook) : IAnnotator
{
    /// <summary>Statements (CAMEO 01): coded only when the sentence states nothing more specific by the same speaker.</summary>
    private const string StatementRoot = "01";

    private static readonly HashSet<string> Conditionals = ["if", "unless", "whether"];

    public EventCoder() : this(PatternDictionary.Default, CameoCodebook.Default)
    {
    }

    public string Name => "events";

    public void Annotate(Doc doc)
    {
        if (doc.PosTags.Count != doc.Tokens.Count)
            throw new InvalidOperationException("The event coder needs POS tags and actors: run the POS tagger and the actor coder first.");
        var words = doc.Tokens.Select(t => Actors.PhraseWords.Fold(doc.Text.AsSpan(t.Start, t.Length))).ToArray();
        var events = new List<CodedEvent>();
        var actorsBySentence = doc.Actors.Select((a, i) => (a.Sentence, Index: i)).ToLookup(p => p.Sentence, p => p.Index);
        for (var index = 0; index < doc.Sentences.Count; index++)
        {
            // Stretches the source asks to leave out (PETRARCH's comma clauses) hold no actor and no event.
            var leftOut = doc.Coding.Commas?.LeftOut(doc, doc.Sentences[index]) ?? [];
            var actors = new SentenceActors(doc, actorsBySentence[index].Where(a => !leftOut.Contains(doc.Actors[a].FirstToken)));
            events.AddRange(CodeSentence(doc, words, index, actors, leftOut));
        }

        var kept = doc.Coding.RequireDyad ? events.Where(e => IsCoded(doc, e.Source) && IsCoded(doc, e.Target)) : events;
        var dating = new EventTime(doc, words);
        var filedFrom = EventPlace.Dateline(doc);
        doc.SetEvents([.. kept.Select(e => e with { Time = dating.Find(doc.Sentences[e.Sentence], VerbToken(doc, e)), Place = e.Place ?? filedFrom })]);
    }

    /// <summary>
    /// Codes a sentence by its patterns; when none matches, once more reading its time clauses too (the
    /// background to a main clause that states no event: "the fighting ended after the government agreed
    /// to talks"), then letting an event verb with no matching phrasing code as its most general pattern
    /// (less confidently), so a sentence that states an event in words the dictionary lacks still yields
    /// it, and one that matched is not cluttered.
    /// </summary>
    private List<CodedEvent> CodeSentence(Doc doc, string[] words, int index, SentenceActors actors, HashSet<int> leftOut)
    {
        var events = CodeSentence(doc, words, index, actors, leftOut, fallbackAllowed: false, backgroundAllowed: false, out var skippedBackground);
        if (events.Count > 0)
            return events;
        if (skippedBackground && CodeSentence(doc, words, index, actors, leftOut, fallbackAllowed: false, backgroundAllowed: true, out _) is { Count: > 0 } background)
            return background;
        var general = CodeSentence(doc, words, index, actors, leftOut, fallbackAllowed: true, backgroundAllowed: false, out _);
        return general.Count > 0 ? [general[0]] : general;
    }

    /// <param name="skippedBackground">Whether a time clause was passed over as background (worth a second reading if nothing else codes).</param>
    private List<CodedEvent> CodeSentence(Doc doc, string[] words, int index, SentenceActors actors, HashSet<int> leftOut, bool fallbackAllowed, bool backgroundAllowed, out bool skippedBackground)
    {
        skippedBackground = false;
        var sentence = doc.Sentences[index];
        var groups = VerbGroupChunker.Chunk(doc, sentence, words);
        var roles = new ClauseRoles(doc, sentence, words, actors, groups);
        var events = new List<CodedEvent>();
        var covered = new HashSet<int>(leftOut);
        var complements = new HashSet<int>();

        var complementEnd = -1;
        foreach (var group in groups)
        {
            // "did not criticize": a verb whose dictionary pairs its codes with their negations codes the denial.
            var denied = group.Negated && patterns.ForVerb(words[group.Main]).Any(p => p.NegatedCode is not null);
            // "would not meet their demands": otherwise a negated future is a refusal, coded below where CAMEO names one.
            var refused = group.Negated && !denied && EventTransforms.IsFuture(group.Modal);
            if (covered.Contains(group.Main) || group.Negated && !refused && !denied || InConditional(words, sentence, group.FirstToken))
                continue;
            if (!backgroundAllowed && ClauseReadings.IsBackground(doc, words, sentence, group, groups))
            {
                skippedBackground = true;
                continue;
            }

            // "plans to impose", "is willing to forgive": an intended act is read as the future it is, and
            // inside an intent's complement it is coded only where it says more than the intent's own verb.
            var intended = ClauseReadings.IsIntended(words, sentence, group);
            var inComplement = (complements.Contains(group.Main) || group.FirstToken < complementEnd) && !OpensClause(doc, words, sentence, group);
            if (inComplement && !intended)
                continue;
            var modal = group.Modal ?? (intended ? EventTransforms.Intended : null);
            // "is opposed to French mediation": an adjective, not a passive; its object follows "to", as "opposes X" has it.
            var stative = group.Passive && ClauseReadings.IsStative(words, sentence, group);
            var passive = group.Passive && !stative;
            var objectAfter = stative ? group.Main + 1 : group.Main;
            var candidates = patterns.ForVerb(words[group.Main]);
            // "Gondor and Osgiliath downplayed": patterns for a compound subject first, and only for one.
            if (candidates.Any(p => p.CompoundSource))
            {
                var compound = roles.SubjectsOf(group).Count > 1;
                candidates = [.. candidates.Where(p => compound && p.CompoundSource), .. candidates.Where(p => !p.CompoundSource)];
            }

            // A verb with an object, or a passive one, is used in its transitive sense where it has one: "struck targets"
            // is "strike *" (an attack), not the bare "strike" (a walkout); "were dispersed" is "disperse *".
            var hasObject = PatternMatcher.HasObject(doc, words, objectAfter + 1, sentence.EndToken);
            var transitive = (passive || hasObject) && candidates.Any(p => p.TargetIsObject);
            var match = candidates
                .Where(p => !(transitive && p.Words.Count == 1))
                .Select(p => PatternMatcher.Match(p, objectAfter, sentence.EndToken, words, doc, actors, objectMoved: passive && p.TargetIsObject))
                .FirstOrDefault(m => m is not null) is { } matched ? matched with { Head = group.Main } : (PatternMatch?)null;
            var general = false;
            if (match is null && fallbackAllowed && Fallback(candidates) is { } fallback)
            {
                // The verb is an event verb though no phrasing of it matched: code it with its most general pattern.
                match = PatternMatcher.Match(fallback with { Words = [fallback.Head, EventPattern.Target] }, group.Main, sentence.EndToken, words, doc, actors, objectMoved: passive);
                general = true;
            }

            if (match is not { } found)
                continue;
            if (denied)
            {
                if (found.Pattern.NegatedCode is not { } denial)
                    continue;
                found = found with { Pattern = found.Pattern.Recoded(denial) };
            }

            for (var t = group.Main; t < found.End; t++)
                covered.Add(t);
            // "The minister, who said the talks failed, left": a speaker's verb in a relative clause is no statement of its own.
            if (found.Pattern.Code.StartsWith(StatementRoot, StringComparison.Ordinal) && ClauseReadings.IsRelativeBeside(doc, sentence, group, groups))
                continue;
            var subjects = roles.SubjectsOf(group);
            // "a school sheltering displaced families": the thing does it, no actor. "a deal brokered by China": done to
            // the thing, by whoever the "by" phrase names.
            if (!passive && ClauseReadings.ModifiesThing(doc, words, sentence, group, groups, actors))
            {
                if (doc.PosTags[group.Main] != "VBN")
                    continue;
                passive = true;
                subjects = [];
            }

            // "fishermen detained by the coast guard": a past participle right after an actor is a passive whose subject is that actor.
            // Only after a main clause: "Zambia extradited X" opens with its main verb, which taggers also call VBN. But a verb
            // with its object right after it (no "by") is active, whatever the tagger says, and the actor before it is its
            // subject: "residents said warplanes bombed rebel positions".
            if (!passive && group.Form == VerbForm.Participle && doc.PosTags[group.Main] == "VBN" && actors.EndingBefore(group.FirstToken) is { } before
                && groups.Any(g => g.EndToken <= group.FirstToken && g.Form == VerbForm.Finite))
            {
                if (found.Pattern.TargetIsObject && found.Target is not null && hasObject)
                {
                    subjects = roles.Coordinated(before, leftward: true);
                }
                else
                {
                    passive = true;
                    subjects = [before];
                    found = PatternMatcher.Match(found.Pattern, group.Main, sentence.EndToken, words, doc, actors, objectMoved: found.Pattern.TargetIsObject) ?? found;
                }
            }

            var (sources, targets) = passive && (found.Pattern.TargetIsObject || general)
                ? (roles.AgentsAfter(found.End), subjects)
                : (subjects, found.Target is { } target ? roles.Coordinated(target, leftward: false) : []);
            // "A journalist has been put under investigation in Italy": with no agent named, CAMEO takes the
            // country the act happened in as its source.
            if (passive && sources.Count == 0 && targets.Count > 0 && ClauseReadings.IsPlainPassive(doc, words, sentence, group, targets) && roles.CountryWhere(found.End) is { } where)
                sources = [where];

            // "X said Y must release Z": a demand by the speaker on Y. But "X and Y agreed that their countries should
            // cooperate": what those agreeing say should be done is their own commitment, an intent (CAMEO's 030 example).
            if (EventTransforms.IsDuty(modal) && events.LastOrDefault(e => e.Code.Root == StatementRoot) is { Source: { } speaker } statement && codebook.Find(EventTransforms.Demand) is { } demand)
            {
                if (statement.Code.Code == EventTransforms.VoicedAgreement && EventTransforms.ForFuture(found.Pattern.Code, EventTransforms.Intended) is { } commitment)
                {
                    var agreeing = events.Where(e => e.Verb == statement.Verb && e.Source is not null).Select(e => e.Source!.Value).Distinct().ToList();
                    events.RemoveAll(e => e.Verb == statement.Verb);
                    events.AddRange(Events(doc, index, found with { Pattern = found.Pattern.Recoded(commitment) }, agreeing, targets, modal: false, general));
                    continue;
                }

                events.Remove(statement);
                events.AddRange(Events(doc, index, found with { Pattern = found.Pattern.Recoded(demand.Code) }, [speaker], sources, modal: false, general));
                continue;
            }

            if (EventTransforms.ForVoicedProtest(found.Pattern.Code) is { } voiced && ClauseReadings.IsSpeakerTail(doc, words, sentence, group, groups))
                found = found with { Pattern = found.Pattern.Recoded(voiced) };
            if (refused)
            {
                if (!found.Pattern.FutureAsIntent || EventTransforms.ForRefusal(found.Pattern.Code) is not { } refusal)
                    continue;
                found = found with { Pattern = found.Pattern.Recoded(refusal) };
            }
            else if (found.Pattern.FutureAsIntent && ConditionAfter(words, sentence, found.End) is { } condition && EventTransforms.ForConditionalFuture(found.Pattern.Code, modal, condition) is { } threat)
                found = found with { Pattern = found.Pattern.Recoded(threat) };
            else if (found.Pattern.FutureAsIntent && EventTransforms.ForFuture(found.Pattern.Code, modal) is { } intent)
                found = found with { Pattern = found.Pattern.Recoded(intent) };
            else if (inComplement)
                continue;

            // "agreed to release the prisoners": the intent to release (0353) says more than agreeing (030). In
            // another complement the intent is someone else's: "rejected a US offer to host a summit".
            if (inComplement && events.RemoveAll(e => EventTransforms.IsGeneralIntent(e.Code.Code) && e.Verb.End <= doc.Tokens[group.FirstToken].Start) == 0)
                continue;

            // "refused to meet X", "demanded that Y withdraw": what is refused, demanded or promised is not an event of its own.
            if (CoversComplement(found.Pattern.Code))
            {
                complementEnd = Math.Min(sentence.EndToken, found.End + ComplementLength);
                for (var t = found.End; t < complementEnd; t++)
                    complements.Add(t);
            }

            var hedged = !refused && modal is not null && EventTransforms.ForFuture(found.Pattern.Code, modal) is null && !found.Pattern.Code.StartsWith("03", StringComparison.Ordinal) && !found.Pattern.Code.StartsWith("13", StringComparison.Ordinal);
            var agentless = passive ? ClauseReadings.IsPlainPassive(doc, words, sentence, group, targets) : sources.Count == 0 && ClauseReadings.IsViolentCause(doc, words, sentence, group);
            events.AddRange(Events(doc, index, found, sources, targets, hedged, general, agentless));
        }

        foreach (var nominal in NominalEvents(doc, words, sentence, actors, groups, roles, covered, complements))
            events.Add(nominal with { Sentence = index });

        return DropBareStatements(doc, index, events);
    }

    /// <summary>Event nouns ("the expulsion of Yemeni families by the UAE", "airstrikes against their positions"); the source is the possessor, the "by" phrase, or the subject of the verb the noun is the object of.</summary>
    /// <remarks>
    /// Inside what an appeal, demand or protest is about, only an event it takes as done is coded: "measures
    /// against the expulsion of families by the UAE" presupposes the expulsion; "demanded the release of" does not.
    /// </remarks>
    private IEnumerable<CodedEvent> NominalEvents(Doc doc, string[] words, Sentence sentence, SentenceActors actors, List<VerbGroup> groups, ClauseRoles roles, HashSet<int> covered, HashSet<int> complements)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            // "Palestinian riots against ...": an event noun a country's adjective describes is that country's event.
            var holder = actors.Covering(i);
            if (covered.Contains(i) || !NounPhraseChunker.IsNoun(doc.PosTags[i]) || holder is { } h && !IsNationalHead(doc, h, i))
                continue;
            var presupposed = complements.Contains(i);
            if (presupposed && !ClauseReadings.IsPresupposed(words, sentence, i))
                continue;
            var match = patterns.ForNoun(words[i])
                .Select(p => PatternMatcher.Match(p, i, sentence.EndToken, words, doc, actors, objectMoved: false))
                .FirstOrDefault(m => m is not null);
            if (match is not { } found)
                continue;
            for (var t = i; t < found.End; t++)
                covered.Add(t);
            var sources = holder is { } nationals ? [nationals] : Possessor(doc, words, i, actors) is { } owner ? [owner] : roles.AgentsAfter(found.End);
            if (sources.Count == 0 && presupposed)
                continue;
            if (sources.Count == 0 && GoverningVerb(doc, words, i, groups) is { } governing && !governing.Negated)
                sources = roles.SubjectsOf(governing);
            // "In a separate meeting with X, Amir-Abdollahian thanked...": a fronted phrase belongs to the main clause.
            if (sources.Count == 0 && IsFronted(words, sentence, i, groups))
                sources = roles.MainSubjectsAfter(i);
            var targets = found.Target is { } target ? roles.Coordinated(target, leftward: false) : [];
            // "fighting broke out between the army and the RSF": with no one else named, the two sides act on each other.
            if (sources.Count == 0 && targets.Count > 1 && found.Pattern.Words is [.., "between", EventPattern.Target])
                (sources, targets) = (targets, []);
            foreach (var coded in Events(doc, 0, found, sources, targets, modal: false, general: false))
                yield return coded;
        }
    }

    /// <summary>Whether the noun heads a description a country alone codes, with no sector: "Palestinian riots", not "Palestinian protesters".</summary>
    private static bool IsNationalHead(Doc doc, int mention, int noun) =>
        doc.Actors[mention] is { Kind: Actors.MentionKind.Description, Code: { Country: not null, Sectors.Count: 0 } } m && m.EndToken == noun + 1;

    private static bool IsCoded(Doc doc, int? mention) => mention is { } m && doc.Actors[m].Code is not null;

    /// <summary>The token an event's verb starts at.</summary>
    private static int VerbToken(Doc doc, CodedEvent coded)
    {
        var sentence = doc.Sentences[coded.Sentence];
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (doc.Tokens[t].End > coded.Verb.Start)
                return t;
        }

        return sentence.FirstToken;
    }

    private const int MaterialConflict = 4;

    /// <summary>How many tokens after a verbal event its complement may run.</summary>
    private const int ComplementLength = 15;

    /// <summary>Appeals, intents, demands, disapproval, rejection and threats are about another action, which they carry.</summary>
    private static bool CoversComplement(string code) => code[..2] is "02" or "03" or "10" or "11" or "12" or "13";

    /// <summary>
    /// A tensed verb after "and", "but" or a comma starts a clause of its own, outside a complement
    /// ("condemned the attack and promised aid", the tagger's VBN for "promised" included); a bare verb
    /// stays inside it ("demanded that Israel withdraw and release the prisoners").
    /// </summary>
    private static bool OpensClause(Doc doc, string[] words, Sentence sentence, VerbGroup group) =>
        group.FirstToken > sentence.FirstToken && words[group.FirstToken - 1] is "and" or "but" or ","
            && (group.Form == VerbForm.Finite && (group.FirstToken != group.Main || doc.PosTags[group.Main] is "VBD" or "VBZ")
                || group.Form == VerbForm.Participle && doc.PosTags[group.Main] == "VBN" && words[group.FirstToken - 1] != ",");

    /// <summary>Verbs that only name an event with the words after them ("go on strike", "continue attacks", "be in talks").</summary>
    private static readonly HashSet<string> GenericVerbs =
        ["be", "go", "come", "make", "take", "have", "get", "give", "put", "set", "hold", "keep", "do", "move", "turn", "run", "bring", "continue", "begin", "start", "see", "lead"];

    /// <summary>Share of a verb's patterns one root must hold before the verb alone is taken as that kind of event.</summary>
    private const double FallbackAgreement = 0.6;

    /// <summary>
    /// The pattern whose code a verb has when no phrasing of it matched, if its patterns agree: "agree"
    /// is an intent whatever follows, while "move", "give" or "increase" mean nothing alone, and their
    /// patterns, spread over many roots, say so.
    /// </summary>
    private static EventPattern? Fallback(IReadOnlyList<EventPattern> candidates)
    {
        var verbs = candidates.Where(p => p.Kind == PatternKind.Verb).ToList();
        if (verbs.Count < 3 || GenericVerbs.Contains(verbs[0].Head))
            return null;
        var root = verbs.GroupBy(p => p.Code[..2]).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(p => p.Words.Count)).First();
        return root.Count() >= FallbackAgreement * verbs.Count ? root.MinBy(p => p.Words.Count) : null;
    }

    /// <param name="agentless">
    /// A clause that may leave out who did it: "three civilians were killed", "an explosion killed two youths"
    /// are coded as acts of force with no source. Other events with no one doing them are not coded: "the
    /// expulsion of people" by no one named.
    /// </param>
    private IEnumerable<CodedEvent> Events(Doc doc, int sentence, PatternMatch match, List<int> sources, List<int> targets, bool modal, bool general, bool agentless = false)
    {
        if (codebook.Resolve(match.Pattern.Code) is not { } code || sources.Count == 0 && !(agentless && targets.Count > 0 && code.Quad == MaterialConflict))
            yield break;
        var verb = new EvidenceSpan(doc.Tokens[match.Head].Start, doc.Tokens[Math.Max(match.Head, match.End - 1)].End);
        var reverse = match.Pattern.Paired is { } reverseCode && sources.Count == 1 && targets.Count > 0 ? codebook.Find(reverseCode) : null;
        var place = EventPlace.InSentence(doc, sentence, verb);
        // "Emirati and Israeli vessels attacked the fishing boats": force used on a thing is not used on each other. Words
        // aimed at a thing still are: "Gondor and Osgiliath postponed their meeting" is each rejecting the other, as PETRARCH codes it.
        var joint = !(match.AimedAtThing && code.Quad == MaterialConflict);
        foreach (var (source, target) in Dyads(doc, sources, targets, joint))
        {
            var confidence = Confidence(doc, source, target, modal) - (general ? 0.2 : 0);
            yield return new CodedEvent { Sentence = sentence, Code = code, Source = source, Target = target, Verb = verb, Place = place, Pattern = match.Pattern.ToString(), Confidence = confidence };
            // "A visited B" is also "B hosted A"; "A met B", "B met A".
            if (reverse is not null && target is { } other && source is not null)
                yield return new CodedEvent { Sentence = sentence, Code = reverse, Source = other, Target = source, Verb = verb, Place = place, Pattern = match.Pattern.ToString(), Confidence = confidence };
        }
    }

    /// <summary>
    /// Who acts on whom: every source with every target; with no target named and several sources
    /// ("Gondor and Osgiliath rejected the plan"), each side towards the other, as CAMEO codes joint actions.
    /// No one acts on themselves: "Hamfast rescheduled his trip" has no target, nor has a name any target it names again.
    /// </summary>
    /// <param name="joint">Whether several sources with no target act on each other; else each acts alone.</param>
    private static IEnumerable<(int? Source, int? Target)> Dyads(Doc doc, List<int> sources, List<int> targets, bool joint)
    {
        if (sources.Count == 0)
            return targets.Select(t => ((int?)null, (int?)t));
        if (targets.Count == 0 && sources.Count > 1 && joint)
            return sources.SelectMany(s => sources.Where(o => o != s).Select(o => ((int?)s, (int?)o)));
        if (targets.Count == 0)
            return sources.Select(s => ((int?)s, (int?)null));
        return sources.SelectMany(s =>
        {
            var others = targets.Where(t => !SameActor(doc, s, t)).ToList();
            return others.Count > 0 ? others.Select(t => ((int?)s, (int?)t)) : [((int?)s, null)];
        });
    }

    /// <summary>
    /// Whether two mentions are one actor: one refers back to the other, or both name it ("reconciliation between
    /// Calenardhon and Gondor" after "ties between Arnor and Gondor": Gondor is no target of Gondor's).
    /// </summary>
    private static bool SameActor(Doc doc, int one, int other) =>
        Referent(doc, one) == Referent(doc, other)
        || doc.Actors[one] is { Kind: Actors.MentionKind.Name, Name: { } name } && doc.Actors[other] is { Kind: Actors.MentionKind.Name, Name: { } otherName }
            && string.Equals(name, otherName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The mention a mention refers back to, followed to its start; itself when it refers to no other.</summary>
    private static int Referent(Doc doc, int mention)
    {
        for (var hops = 0; hops < 8 && doc.Actors[mention].Antecedent is { } antecedent; hops++)
            mention = antecedent;
        return mention;
    }

    private static double Confidence(Doc doc, int? source, int? target, bool modal)
    {
        var confidence = 0.9;
        if (source is not { } s || doc.Actors[s].Code is null)
            confidence -= 0.3;
        else if (doc.Actors[s].Via == Actors.ActorVia.Coreference)
            confidence -= 0.1;
        if (target is null)
            confidence -= 0.15;
        if (modal)
            confidence -= 0.2;
        return Math.Round(Math.Max(0.05, confidence), 2);
    }

    /// <summary>"Iran's airstrikes": the actor whose possessive opens the event noun's phrase.</summary>
    private static int? Possessor(Doc doc, string[] words, int noun, SentenceActors actors)
    {
        var i = noun - 1;
        while (i > 0 && doc.PosTags[i] is "JJ" or "NN" or "CD" or "VBN")
            i--;
        return i > 0 && words[i] == "'s" ? actors.EndingBefore(i) : null;
    }

    /// <summary>
    /// The verb that carries out an event noun: "launched several rounds of airstrikes" is launched. Only
    /// verbs that do what the noun names count ("launch", "carry out", "hold"); whoever denounces an
    /// eviction did not evict.
    /// </summary>
    private static VerbGroup? GoverningVerb(Doc doc, string[] words, int noun, List<VerbGroup> groups)
    {
        var before = groups.LastOrDefault(g => g.EndToken <= noun);
        if (before is null || noun - before.EndToken > 6 || !CarryingVerbs.Contains(Lemma(words[before.Main])))
            return null;
        for (var i = before.EndToken; i < noun; i++)
        {
            // "rounds of airstrikes"; "engaged in clashes", "speeded up the withdrawal": the verb's own particle or preposition.
            var particle = i == before.EndToken && (words[i] == "in" || doc.PosTags[i] == "RP");
            // "announced $300 million in aid", "launched an air and artillery assault": an amount of the event noun, or its modifiers joined by "and".
            if (!particle && !PatternMatcher.IsAmount(doc, words, i) && !PatternMatcher.IsCoordinatedModifier(doc, words, i, noun) && (doc.PosTags[i] is not ("DT" or "JJ" or "CD" or "NN" or "NNS" or "IN" or "PRP$") || doc.PosTags[i] == "IN" && words[i] != "of"))
                return null;
        }

        return before;
    }

    private static readonly HashSet<string> CarryingVerbs =
        ["launch", "carry", "conduct", "undertake", "engage", "stage", "begin", "start", "continue", "resume", "step", "intensify", "mount", "wage", "hold", "make", "pay", "issue", "impose", "order", "announce", "escalate",
         "speed", "accelerate", "complete", "finish"];

    private static readonly Lazy<Dictionary<string, string>> CarryingForms = new(() =>
        CarryingVerbs.SelectMany(v => VerbForms.Of(v).Select(f => (Form: f, Verb: v))).GroupBy(p => p.Form).ToDictionary(g => g.Key, g => g.First().Verb));

    private static string Lemma(string word) => CarryingForms.Value.GetValueOrDefault(word, word);

    /// <summary>Whether the noun opens the sentence before its main clause, behind a comma: "In a meeting with X, Y said".</summary>
    private static bool IsFronted(string[] words, Sentence sentence, int noun, List<VerbGroup> groups)
    {
        var firstFinite = groups.FirstOrDefault(g => g.Form == VerbForm.Finite);
        if (firstFinite is null || firstFinite.FirstToken < noun)
            return false;
        for (var i = noun; i < firstFinite.FirstToken; i++)
        {
            if (words[i] == ",")
                return true;
        }

        return false;
    }

    /// <summary>
    /// The word that opens a condition after the event, in its sentence ("... unless a ceasefire is arranged",
    /// "... if cooperation founders"): "unless" or "if"; null when none does.
    /// </summary>
    private static string? ConditionAfter(string[] words, Sentence sentence, int from)
    {
        for (var i = from; i < sentence.EndToken; i++)
        {
            if (words[i] is "unless" || words[i] == "if" && words[i - 1] is not "even" and not "as")
                return words[i];
        }

        return null;
    }

    private static bool InConditional(string[] words, Sentence sentence, int token)
    {
        for (var i = token - 1; i >= sentence.FirstToken; i--)
        {
            if (words[i] is "," or ";")
                return false;
            if (Conditionals.Contains(words[i]))
                return true;
        }

        return false;
    }

    /// <summary>
    /// "X said that ..." carries what it says: the statement itself is coded only when nothing else by that
    /// speaker is, and a statement to no one only when the sentence codes nothing else. A statement its
    /// speaker is quoted in ("X said in a statement: '...'") is news itself and stays.
    /// </summary>
    private static List<CodedEvent> DropBareStatements(Doc doc, int sentence, List<CodedEvent> events)
    {
        var specific = events.Where(e => e.Code.Root != StatementRoot).Select(e => e.Source).ToHashSet();
        var quoted = doc.Quotes.Where(q => q.Sentence == sentence && q.Speaker is not null).Select(q => q.Speaker).ToHashSet();
        // "..., the news agency said": beside another event, a statement to no one only says who reported it.
        return [.. events.Where(e => e.Code.Root != StatementRoot || quoted.Contains(e.Source) || !specific.Contains(e.Source) && !(specific.Count > 0 && e.Target is null))];
    }
}
