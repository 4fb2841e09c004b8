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
        var weights = new Dictionary<string, double>(_countryWeights, StringComparer.Ordinal);
        foreach (var country in current.Where(d => d.Kind != MentionKind.Pronoun).Select(d => d.Code?.Country).OfType<string>())
            weights[country] = weights.GetValueOrDefault(country) + 1;
        if (weights.Count == 0)
            return null;
        var best = weights.MaxBy(w => w.Value);
        return best.Value >= CountryFloor ? best.Key : null;
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
            foreach (var words in new[] { draft.Name, draft.Text }.OfType<string>().Select(PhraseWords.Of).Where(w => w.Length > 1))
                _surnames[Surname(words[^1])] = draft;
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
