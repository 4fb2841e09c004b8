using System.Reflection;
using Chronicle.Actors;
using Chronicle.Actors.Knowledge;
using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>
/// The event patterns, indexed by every inflected form of their head word, so a sentence's verb or noun
/// finds its patterns in one lookup. Read from data/events/patterns.txt; built once, then read-only.
/// </summary>
public sealed class PatternDictionary
{
    private readonly Dictionary<string, List<EventPattern>> _verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EventPattern>> _nouns = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    /// <summary>The patterns shipped in data/events, loaded once.</summary>
    public static PatternDictionary Default => DefaultInstance.Value;

    private static readonly Lazy<PatternDictionary> DefaultInstance = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Chronicle.Events.patterns.txt")
            ?? throw new InvalidOperationException("data/events/patterns.txt is not embedded.");
        var dictionary = new PatternDictionary();
        dictionary.AddAll(PatternFile.Read(new StreamReader(stream), "data/events/patterns.txt"));
        return dictionary;
    });

    public void AddAll(IEnumerable<EventPattern> patterns)
    {
        foreach (var pattern in patterns)
            Add(pattern);
    }

    public void Add(EventPattern pattern)
    {
        var index = pattern.Kind == PatternKind.Verb ? _verbs : _nouns;
        var forms = pattern.Kind == PatternKind.Verb ? VerbForms.Of(pattern.Head).Concat(pattern.IrregularForms) : [pattern.Head, PhraseWords.Fold(EnglishPlural.Of(pattern.Head))];
        foreach (var form in forms.Distinct())
        {
            if (!index.TryGetValue(form, out var list))
                index[form] = list = [];
            // Most specific first, so the longest match is tried before the bare verb; among equals, the
            // order added. Inserted in place: sorting on every add made large dictionaries slow to load.
            var at = list.FindIndex(p => p.Weight < pattern.Weight);
            list.Insert(at < 0 ? list.Count : at, pattern);
        }

        Count++;
    }

    /// <summary>Patterns headed by this verb form ("visited"), most specific first.</summary>
    public IReadOnlyList<EventPattern> ForVerb(string foldedWord) => _verbs.TryGetValue(foldedWord, out var list) ? list : [];

    /// <summary>Patterns headed by this noun form ("airstrikes"), most specific first.</summary>
    public IReadOnlyList<EventPattern> ForNoun(string foldedWord) => _nouns.TryGetValue(foldedWord, out var list) ? list : [];
}
