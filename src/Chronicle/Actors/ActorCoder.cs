using Chronicle.Pipeline;
using Chronicle.Syntax;
using Chronicle.Text;

namespace Chronicle.Actors;

/// <summary>
/// The actor annotator: finds every actor mention of a story (names, descriptions, pronouns), codes it
/// by country and sector from the dictionaries or from its context, and resolves mentions that refer
/// back. Reads tokens, POS tags and entities; adds the actor layer. Stories are read sentence by
/// sentence because acronyms, coreference and the story's country carry forward.
/// </summary>
public sealed class ActorCoder(ActorLexicon lexicon) : IAnnotator
{
    private static readonly HashSet<string> StatementWords = ["statement", "communique", "communiqué"];

    private readonly NameFinder _finder = new(lexicon);
    private readonly PhraseReader _reader = new(lexicon);

    public ActorCoder() : this(ActorLexicon.BuiltIn)
    {
    }

    public string Name => "actors";

    public void Annotate(Doc doc)
    {
        if (doc.PosTags.Count != doc.Tokens.Count)
            throw new InvalidOperationException("The actor coder needs POS tags: run the POS tagger first.");
        var words = doc.Tokens.Select(t => PhraseWords.Fold(doc.Text.AsSpan(t.Start, t.Length))).ToArray();
        var memory = new StoryMemory();
        var kept = new List<MentionDraft>();
        var entities = EntitiesBySentence(doc);
        var dateline = Dateline.Of(doc);
        if (dateline is { } filed)
            memory.DatelineCountry = DatelineCountry(doc, words, filed);
        if (!Discarded(words, 0, words.Length, wholeStoryOnly: true))
        {
            for (var index = 0; index < doc.Sentences.Count; index++)
            {
                var sentence = doc.Sentences[index];
                if (Discarded(words, sentence.FirstToken, sentence.EndToken, wholeStoryOnly: false))
                    continue;
                // "KHARTOUM, May 5 (Reuters) -" says where the story was filed, not who acted.
                var firstToken = dateline is { } d && d.Sentence == index ? d.EndToken : sentence.FirstToken;
                foreach (var draft in CodeSentence(doc, words, index, sentence, firstToken, entities[index], memory))
                {
                    memory.Remember(draft);
                    kept.Add(draft);
                }
            }
        }

        doc.SetActors(ToMentions(doc, kept));
    }

    /// <summary>The country of the first dictionary name in a dateline ("DHAKA", "Bangladesh").</summary>
    private string? DatelineCountry(Doc doc, string[] words, Dateline dateline)
    {
        var first = doc.Sentences[dateline.Sentence].FirstToken;
        return _finder.Names(doc, words, first, dateline.EndToken).Select(n => n.Sense.Entry.CodeOn(doc.Date)?.Code.Country).FirstOrDefault(c => c is not null);
    }

    /// <summary>Each sentence's entities, in one pass over the Doc (entities come in text order).</summary>
    private static List<Entity>[] EntitiesBySentence(Doc doc)
    {
        var bySentence = new List<Entity>[doc.Sentences.Count];
        var next = 0;
        for (var i = 0; i < bySentence.Length; i++)
        {
            var sentence = doc.Sentences[i];
            bySentence[i] = [];
            while (next < doc.Entities.Count && doc.Entities[next].FirstToken < sentence.EndToken)
            {
                if (doc.Entities[next].FirstToken >= sentence.FirstToken && doc.Entities[next].EndToken <= sentence.EndToken)
                    bySentence[i].Add(doc.Entities[next]);
                next++;
            }
        }

        return bySentence;
    }

    /// <param name="firstToken">Where the sentence's actors may start: after a dateline that opens it, else its first token.</param>
    private List<MentionDraft> CodeSentence(Doc doc, string[] words, int index, Sentence sentence, int firstToken, List<Entity> entities, StoryMemory memory)
    {
        var names = WithAcronyms(doc, _finder.Names(doc, words, sentence.FirstToken, sentence.EndToken), sentence, memory);
        var terms = _finder.Terms(words, sentence.FirstToken, sentence.EndToken);
        var view = new SentenceView
        {
            Doc = doc,
            Index = index,
            Sentence = sentence,
            Words = words,
            Names = names,
            Terms = terms,
            Entities = entities,
            // A known name stays one phrase even where the tagger cut it ("Ban" read as a verb), and so does a title
            // the sector vocabulary writes with "of" ("minister of defence", "head of state"), which the chunker ends before "of".
            Phrases = NounPhraseChunker.Chunk(doc, sentence,
                names.Where(n => n.Sense.Form is NameForm.Name or NameForm.Acronym).Select(n => (n.First, n.End)).Concat(terms.Select(t => (t.First, t.End))), entities),
        };
        var drafts = view.Phrases.Where(p => p.EndToken > firstToken && p.Head >= firstToken)
            .SelectMany(p => _reader.Read(view, p.FirstToken >= firstToken ? p : p with { FirstToken = firstToken }, doc.Date)).ToList();
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (view.Tag(i) is "PRP" or "PRP$" && Coreference.IsPronoun(words[i]) && !drafts.Any(d => d.First <= i && i < d.End))
                drafts.Add(Coreference.Pronoun(view, i));
        }

        drafts.AddRange(ShortNames(view, drafts, memory).ToList());
        var siblings = CoordinatedAdjectives(view, drafts, doc.Date).ToList();
        // A name read into the adjective ("Emirati" taken for a person) gives way to the country it is.
        drafts.RemoveAll(d => d is { Kind: MentionKind.Name, Code: null } && siblings.Any(s => s.First <= d.First && d.End <= s.End));
        drafts.AddRange(siblings);
        drafts.Sort((a, b) => a.First.CompareTo(b.First));
        ShareAdjectives(view, drafts, doc.Date);
        MarkSubjects(view, drafts);
        ContextRules.BeforeCoreference(view, drafts, memory);
        Coreference.Resolve(view, drafts, memory);
        ContextRules.AfterCoreference(view, drafts, memory);
        BindAcronyms(view, drafts, memory);
        var speaker = drafts.FirstOrDefault(d => d.MainSubject && d.Code is not null);
        if (speaker is not null)
            memory.LastSpeaker = speaker.Antecedent ?? speaker;
        if (Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Any(i => StatementWords.Contains(words[i])) && speaker is { Head: not ("statement" or "communique") })
            memory.StatementIssuer = speaker.Antecedent ?? speaker;

        // People nothing codes stay, as unknown actors with their text; other names, descriptions and pronouns no one resolved go.
        return [.. drafts.Where(d => d.Code is not null || d is { Kind: MentionKind.Name, Referent: TermKind.Person })];
    }

    /// <summary>"Fayyad" after "Faleh al-Fayyad": a capitalized word that is the surname of someone the story named.</summary>
    private static IEnumerable<MentionDraft> ShortNames(SentenceView view, List<MentionDraft> drafts, StoryMemory memory)
    {
        for (var i = view.Sentence.FirstToken; i < view.Sentence.EndToken; i++)
        {
            var text = view.Doc[view.Doc.Tokens[i]];
            if (text.Length < 2 || !char.IsUpper(text[0]) || drafts.Any(d => d.First <= i && i < d.End))
                continue;
            if (memory.PersonWithSurname(StoryMemory.Surname(view.Word(i))) is not null)
                yield return new MentionDraft { First = i, End = i + 1, Sentence = view.Index, Kind = MentionKind.Name, Referent = TermKind.Person, Name = text.ToString() };
        }
    }

    /// <summary>"the Iranian and Iraqi governments": the first adjective makes a mention of its own with the same head, a sibling the event coder joins to the head's role.</summary>
    private IEnumerable<MentionDraft> CoordinatedAdjectives(SentenceView view, List<MentionDraft> drafts, DateOnly? date)
    {
        foreach (var draft in drafts.Where(d => d.Kind == MentionKind.Description && d.Country is not null && d.FixedCode is null))
        {
            var and = draft.PhraseStartOrFirst - 1;
            if (and - 1 < view.Sentence.FirstToken || view.Word(and) is not ("and" or ","))
                continue;
            var adjective = view.Names.FirstOrDefault(n => n.End == and && n.Sense.Form == NameForm.Adjective);
            if (adjective.Sense?.Entry.CodeOn(date)?.Code.Country is not { } country || country == draft.Country)
                continue;
            var first = adjective.First > view.Sentence.FirstToken && view.Tag(adjective.First - 1) == "DT" ? adjective.First - 1 : adjective.First;
            var sibling = draft.Sibling(country);
            sibling.First = first;
            sibling.PhraseStart = -1;
            sibling.Evidence = view.TextOf(adjective.First, draft.End);
            draft.First = Math.Max(draft.First, and + 1);
            yield return sibling;
        }
    }

    /// <summary>
    /// "Danish media and government": a bare noun after "and" or "or" shares the country adjective that opens
    /// the phrase before it, as a reader takes it; a noun with a word of its own before it ("the government",
    /// "foreign media") does not.
    /// </summary>
    private static void ShareAdjectives(SentenceView view, List<MentionDraft> drafts, DateOnly? date)
    {
        for (var k = 1; k < drafts.Count; k++)
        {
            var (before, after) = (drafts[k - 1], drafts[k]);
            var conjunction = after.PhraseStartOrFirst - 1;
            if (after is not { Kind: MentionKind.Description, Country: null, FixedCode: null } || after.First != conjunction + 1
                || before.End != conjunction || view.Word(conjunction) is not ("and" or "or") || before is not { Kind: MentionKind.Description, Country: { } country })
                continue;
            if (!Enumerable.Range(after.First, after.End - after.First).All(i => view.Tag(i) is "NN" or "NNS"))
                continue;
            var opening = before.First < before.End && view.Tag(before.First) == "DT" ? before.First + 1 : before.First;
            // The country's word modifies the phrase: an adjective, or a country's name as an imported dictionary may list "Danish".
            var adjective = view.Names.FirstOrDefault(n => n.First == opening && n.End < before.End && (n.Sense.Form == NameForm.Adjective || n.Sense.Entry.Kind == ActorKind.Country));
            if (adjective.Sense?.Entry.CodeOn(date)?.Code.Country != country)
                continue;
            after.Country = country;
            after.Evidence = view.TextOf(adjective.First, adjective.End);
        }
    }

    /// <summary>Acronyms the story has defined count as names from then on.</summary>
    private static List<NameMatch> WithAcronyms(Doc doc, List<NameMatch> names, Sentence sentence, StoryMemory memory)
    {
        if (memory.Acronyms.Count == 0)
            return names;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (memory.Acronyms.TryGetValue(doc[doc.Tokens[i]].ToString(), out var entry) && !names.Any(n => n.First <= i && i < n.End))
                names.Add(new NameMatch(i, i + 1, new NameSense(entry, NameForm.Acronym)));
        }

        names.Sort((a, b) => a.First.CompareTo(b.First));
        return names;
    }

    /// <summary>"Bahrain Centre for Human Rights (BCHR)": the acronym names the same actor for the rest of the story.</summary>
    private static void BindAcronyms(SentenceView view, List<MentionDraft> drafts, StoryMemory memory)
    {
        foreach (var draft in drafts)
        {
            if (draft.Code is not { } code || draft.End - draft.First < 4 || view.Word(draft.End - 1) != ")" || view.Word(draft.End - 3) != "(")
                continue;
            var acronym = view.Doc[view.Doc.Tokens[draft.End - 2]].ToString();
            if (acronym.Length >= 2 && acronym.All(c => char.IsUpper(c) || char.IsDigit(c)))
            {
                memory.BindAcronym(acronym, new ActorEntry
                {
                    Name = draft.Name ?? view.TextOf(draft.First, draft.End - 3),
                    Kind = ActorKind.Organization,
                    Codes = [new DatedCode(code, null, null, null)],
                    Plural = draft.Plural,
                });
            }
        }
    }

    /// <summary>A mention is a subject when a verb follows it (past adverbs and a comma-fenced aside); the first such is the sentence's main subject.</summary>
    private static void MarkSubjects(SentenceView view, List<MentionDraft> drafts)
    {
        var main = false;
        for (var k = 0; k < drafts.Count; k++)
        {
            var draft = drafts[k];
            var next = SkipAside(view, draft.End);
            draft.Subject = next < view.Sentence.EndToken && view.Tag(next) is ['V', 'B', ..] or "MD";
            if (!draft.Subject)
                continue;
            // "The government of Canada said it would": the subject is the government, not Canada.
            var holder = k > 0 && drafts[k - 1] is var head && head.End + 1 == draft.PhraseStartOrFirst && view.Word(head.End) == "of" ? head : draft;
            holder.Subject = true;
            if (!main)
                holder.MainSubject = main = true;
        }
    }

    private static int SkipAside(SentenceView view, int token)
    {
        var end = view.Sentence.EndToken;
        while (token < end && view.Tag(token) is "RB" or "RBR")
            token++;
        if (token < end && view.Word(token) == ",")
        {
            var close = Enumerable.Range(token + 1, Math.Max(0, Math.Min(end, token + 10) - token - 1)).FirstOrDefault(i => view.Word(i) == ",", -1);
            if (close > 0)
                token = close + 1;
            while (token < end && view.Tag(token) is "RB" or "RBR")
                token++;
        }

        return token;
    }

    private bool Discarded(string[] words, int first, int end, bool wholeStoryOnly)
    {
        if (lexicon.Discards.Count == 0)
            return false;
        for (var i = first; i < end; i++)
        {
            if (lexicon.Discards.MatchesAt(words, i, end).Any(m => m.Value || !wholeStoryOnly))
                return true;
        }

        return false;
    }

    private static ActorMention[] ToMentions(Doc doc, List<MentionDraft> drafts)
    {
        var index = drafts.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i);
        return
        [
            .. drafts.Select(d => new ActorMention
            {
                FirstToken = d.First,
                EndToken = d.End,
                Start = doc.Tokens[d.First].Start,
                End = doc.Tokens[d.End - 1].End,
                Sentence = d.Sentence,
                Kind = d.Kind,
                Code = d.Code,
                Name = d.Name,
                Via = d.Via,
                Antecedent = d.Antecedent is { } a && index.TryGetValue(a, out var i) ? i : null,
                Evidence = d.Evidence,
            }),
        ];
    }
}
