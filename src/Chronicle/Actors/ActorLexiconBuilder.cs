using System.Reflection;
using Chronicle.Actors.Knowledge;

namespace Chronicle.Actors;

/// <summary>
/// Gathers actor knowledge from several sources into one <see cref="ActorLexicon"/>. Sources are
/// layered in the order added: a phrase from a later source (a user's dictionaries) replaces the
/// same phrase from an earlier one (the built-in files).
/// </summary>
public sealed class ActorLexiconBuilder
{
    private const string ResourcePrefix = "Chronicle.Actors.";

    private readonly Dictionary<string, (string[] Words, NameSense Sense, int Layer)> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string[] Words, SectorTerm Term, int Layer)> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string[] Words, bool WholeStory)> _discards = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _exactCase = new(StringComparer.Ordinal);
    private readonly List<string> _warnings = [];
    private int _layer;

    /// <summary>Dictionary lines that were skipped, each as "file:line: why".</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Notes a line that could not be read and was skipped; the rest of its file still loads.</summary>
    public void Warn(DictionaryFormatException problem) => _warnings.Add(problem.Message);

    /// <summary>Starts a new source: what it adds replaces what earlier sources said of the same phrases.</summary>
    public ActorLexiconBuilder NextLayer()
    {
        _layer++;
        return this;
    }

    /// <summary>Adds an actor under each of its names.</summary>
    public void AddEntry(ActorEntry entry, IEnumerable<(string Phrase, NameForm Form)> names)
    {
        foreach (var (phrase, form) in names)
            AddName(phrase, new NameSense(entry, form));
    }

    public void AddTerm(SectorTerm term)
    {
        var words = PhraseWords.Of(term.Phrase);
        if (words.Length == 0)
            return;
        var key = string.Join(' ', words);
        // Within one source the first reading of a phrase stands ("forces" the group, not the plural of "force").
        if (!_terms.TryGetValue(key, out var existing) || existing.Layer < _layer)
            _terms[key] = (words, term, _layer);
    }

    public void AddDiscard(string phrase, bool wholeStory)
    {
        var words = PhraseWords.Of(phrase);
        if (words.Length > 0)
            _discards[string.Join(' ', words)] = (words, wholeStory);
    }

    /// <summary>Adds the files of <c>data/actors</c> embedded in this assembly.</summary>
    public ActorLexiconBuilder AddBuiltIn()
    {
        var countries = ReadRecords("countries.txt");
        foreach (var extra in ReadRecords("countries.extra.txt"))
        {
            if (countries.FirstOrDefault(c => c.Name == extra.Name) is { } country)
                country.MergeFrom(extra);
            else
                countries.Add(extra);
        }

        foreach (var record in countries)
            AddRecord(record, ActorKind.Country);
        foreach (var record in ReadRecords("regions.txt"))
            AddRecord(record, ActorKind.Region);
        foreach (var record in ReadRecords("organizations.txt"))
            AddRecord(record, ActorKind.Organization);
        foreach (var record in ReadRecords("people.txt"))
            AddRecord(record, ActorKind.Person);
        using (var reader = OpenResource("sectors.txt"))
        {
            foreach (var term in SectorVocabularyFile.Read(reader, "data/actors/sectors.txt"))
                AddTerm(term);
        }

        return this;
    }

    /// <summary>Adds one record of an entity file under its header, aliases, acronyms, adjectives and capitals.</summary>
    public void AddRecord(EntityRecord record, ActorKind kind)
    {
        var codes = new List<DatedCode>();
        if (record.Code is { } code)
            codes.Add(new DatedCode(RoleLine.ParseCode(code, record.Source, record.Line), null, null, null));
        codes.AddRange(record.ValuesOf("role").Select(r => RoleLine.Parse(r.Value, record.Source, r.Line)));
        if (codes.Count == 0)
            throw new DictionaryFormatException(record.Source, record.Line, $"'{record.Name}' has neither a [CODE] nor a role");
        var entry = new ActorEntry
        {
            Name = record.Name,
            Kind = kind,
            Codes = codes,
            Gender = record.ValuesOf("gender").Select(g => g.Value).FirstOrDefault() switch
            {
                "male" => Gender.Male,
                "female" => Gender.Female,
                _ => Gender.Unknown,
            },
            Plural = record.ValuesOf("number").Any(n => n.Value == "plural"),
        };
        var names = new List<(string, NameForm)> { (record.Name, NameForm.Name) };
        names.AddRange(record.ValuesOf("alias").Select(a => (a.Value, NameForm.Name)));
        names.AddRange(record.ValuesOf("acronym").Select(a => (a.Value, NameForm.Acronym)));
        foreach (var (adjective, _) in record.ValuesOf("adjective"))
        {
            names.Add((adjective, NameForm.Adjective));
            names.Add((EnglishPlural.Of(adjective), NameForm.People));
        }

        names.AddRange(record.ValuesOf("capital").Select(c => (c.Value, NameForm.Capital)));
        AddEntry(entry, names);
    }

    public ActorLexicon Build()
    {
        var names = new PhraseTrie<NameSense>();
        foreach (var (words, sense, _) in _names.Values)
            names.Add(words, sense);
        var terms = new PhraseTrie<SectorTerm>();
        foreach (var (words, term, _) in _terms.Values)
            terms.Add(words, term);
        var discards = new PhraseTrie<bool>();
        foreach (var (words, wholeStory) in _discards.Values)
            discards.Add(words, wholeStory);
        return new ActorLexicon(names, terms, discards, new Dictionary<string, string[]>(_exactCase));
    }

    private void AddName(string phrase, NameSense sense)
    {
        var words = PhraseWords.Of(phrase);
        if (words.Length == 0)
            return;
        var key = string.Join(' ', words);
        if (_names.TryGetValue(key, out var existing) && existing.Layer == _layer && Rank(existing.Sense.Form) <= Rank(sense.Form))
            return;
        _names[key] = (words, sense, _layer);
        if (sense.Form == NameForm.Acronym)
            _exactCase[key] = PhraseWords.Raw(phrase);
        else
            _exactCase.Remove(key);
    }

    // Within one source, a phrase that is both a country's name and another's capital ("Kuwait") is the country.
    private static int Rank(NameForm form) => form switch
    {
        NameForm.Name or NameForm.Acronym => 0,
        NameForm.People => 1,
        NameForm.Adjective => 2,
        _ => 3,
    };

    private static List<EntityRecord> ReadRecords(string file)
    {
        using var reader = OpenResource(file);
        return EntityRecordFile.Read(reader, "data/actors/" + file);
    }

    private static StreamReader OpenResource(string file)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"data/actors/{file} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        return new StreamReader(stream);
    }
}
