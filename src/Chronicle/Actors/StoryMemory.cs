namespace Chronicle.Actors;

/// <summary>
/// What the actor coder remembers while it reads one story: every mention so far, the acronyms the story
/// has defined ("(BCHR)"), the surnames of the people it has named, which countries it is about, and who
/// last spoke.
/// </summary>
internal sealed class StoryMemory
{
    /// <summary>How much a country mention counts for each sentence that follows it.</summary>
    private const double CountryDecay = 0.7;

    /// <summary>Below this weight no country is the story's.</summary>
    private const double CountryFloor = 0.3;

    /// <summary>What the dateline's country counts for, in every sentence: above the floor, below one mention.</summary>
    private const double DatelineWeight = 0.5;

    private readonly Dictionary<string, ActorEntry> _acronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _countryWeights = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MentionDraft> _surnames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MentionDraft> _descriptions = new(StringComparer.Ordinal);
    private int _weightsSentence;

    public List<MentionDraft> Mentions { get; } = [];

    /// <summary>Mentions at most <paramref name="reach"/> sentences before <paramref name="sentence"/>, oldest first; read from the end, so long stories stay cheap.</summary>
    public IEnumerable<MentionDraft> Recent(int sentence, int reach)
    {
        var first = Mentions.Count;
        while (first > 0 && sentence - Mentions[first - 1].Sentence <= reach)
            first--;
        for (var i = first; i < Mentions.Count; i++)
            yield return Mentions[i];
    }

    /// <summary>Who last spoke in a statement ("said in a statement", "issued a statement"): "the statement" refers to it.</summary>
    public MentionDraft? StatementIssuer { get; set; }

    /// <summary>The country of the place the story's dateline names ("DHAKA, Bangladesh (AP) -"), if any.</summary>
    public string? DatelineCountry { get; set; }

    /// <summary>The last sentence's main subject, for "the statement" when no one has issued one yet.</summary>
    public MentionDraft? LastSpeaker { get; set; }

    /// <summary>Acronyms the story bound to a long form, as names of their own for the rest of the story.</summary>
    public IReadOnlyDictionary<string, ActorEntry> Acronyms => _acronyms;

    public void BindAcronym(string acronym, ActorEntry entry) => _acronyms[acronym] = entry;

    /// <summary>The last coded description with these very words ("al khalifah regime"), if any.</summary>
    public MentionDraft? SameDescription(string? text) => text is null ? null : _descriptions.GetValueOrDefault(text);

    /// <summary>The person the story named with this surname (folded, without "al-"), if any.</summary>
    public MentionDraft? PersonWithSurname(string surname) => _surnames.GetValueOrDefault(surname);

    /// <summary>The country the story has been about lately, counting the current sentence's mentions: most mentioned, recent mentions weighing more.</summary>
    public string? StoryCountry(int sentence, IEnumerable<MentionDraft> current)
    {
        Decay(sentence);
        string? best = null;
        var bestWeight = CountryFloor;
        foreach (var draft in current)
        {
            if (draft.Kind != MentionKind.Pronoun && draft.Code?.Country is { } country)
                Consider(country);
        }

        foreach (var country in _countryWeights.Keys)
            Consider(country);
        if (DatelineCountry is { } filedFrom)
            Consider(filedFrom);
        return best;

        // A country's weight: its decayed mentions so far and one for each mention in the current sentence.
        void Consider(string country)
        {
            var weight = _countryWeights.GetValueOrDefault(country) + (country == DatelineCountry ? DatelineWeight : 0);
            foreach (var draft in current)
            {
                if (draft.Kind != MentionKind.Pronoun && draft.Code?.Country == country)
                    weight++;
            }

            if (weight > bestWeight || weight == bestWeight && best is null)
                (best, bestWeight) = (country, weight);
        }
    }

    public void Remember(MentionDraft draft)
    {
        Mentions.Add(draft);
        if (draft is { Kind: MentionKind.Description, Code: not null, Text: { } text })
            _descriptions[text] = draft;
        if (draft.Code?.Country is { } country && draft.Kind != MentionKind.Pronoun)
        {
            Decay(draft.Sentence);
            _countryWeights[country] = _countryWeights.GetValueOrDefault(country) + 1;
        }

        // "Fayyad" may follow "Faleh al-Fayyad" whose dictionary name is spelt "al-Fayyadh": both spellings count.
        if (draft is { Kind: MentionKind.Name, Referent: TermKind.Person })
        {
            foreach (var name in new[] { draft.Name, draft.Text })
            {
                // The last of two or more words; names are split at spaces, as the tokenizer splits them.
                var space = name?.TrimEnd().LastIndexOf(' ') ?? -1;
                if (space > 0)
                    _surnames[Surname(PhraseWords.Fold(name.AsSpan(space + 1).TrimEnd()))] = draft;
            }
        }
    }

    /// <summary>A surname as compared: folded, without the Arabic article.</summary>
    public static string Surname(string foldedWord) =>
        foldedWord.StartsWith("al-", StringComparison.Ordinal) || foldedWord.StartsWith("el-", StringComparison.Ordinal) ? foldedWord[3..] : foldedWord;

    private void Decay(int sentence)
    {
        if (sentence <= _weightsSentence)
            return;
        var factor = Math.Pow(CountryDecay, sentence - _weightsSentence);
        foreach (var key in _countryWeights.Keys.ToList())
            _countryWeights[key] *= factor;
        _weightsSentence = sentence;
    }
}
