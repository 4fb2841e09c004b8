namespace Chronicle.Actors;

/// <summary>
/// Everything Chronicle knows about actors before reading: names of countries, organizations and people
/// (<see cref="Names"/>), the sector vocabulary (<see cref="Terms"/>) and discard phrases. Built once by
/// <see cref="ActorLexiconBuilder"/>, then read-only and shared by every thread.
/// </summary>
public sealed class ActorLexicon
{
    internal ActorLexicon(
        PhraseTrie<NameSense> names,
        PhraseTrie<SectorTerm> terms,
        PhraseTrie<bool> discards,
        IReadOnlyDictionary<string, string[]> exactCase)
    {
        Names = names;
        Terms = terms;
        Discards = discards;
        _exactCase = exactCase;
    }

    private readonly IReadOnlyDictionary<string, string[]> _exactCase;

    /// <summary>Names of known actors, with their forms (name, acronym, adjective, people, capital).</summary>
    public PhraseTrie<NameSense> Names { get; }

    /// <summary>The sector vocabulary: role nouns, group nouns, bodies and sector-setting modifiers.</summary>
    public PhraseTrie<SectorTerm> Terms { get; }

    /// <summary>Phrases whose sentence (value false) or whole story (true) is not coded: sports, history, fiction.</summary>
    public PhraseTrie<bool> Discards { get; }

    /// <summary>The words a folded name must have in the text exactly as written, for acronyms; null when any case will do.</summary>
    public string[]? ExactWordsOf(IReadOnlyList<string> foldedWords) =>
        _exactCase.TryGetValue(string.Join(' ', foldedWords), out var raw) ? raw : null;

    /// <summary>The knowledge shipped in <c>data/actors</c>, loaded once.</summary>
    public static ActorLexicon BuiltIn => BuiltInInstance.Value;

    private static readonly Lazy<ActorLexicon> BuiltInInstance = new(() => new ActorLexiconBuilder().AddBuiltIn().Build());
}
