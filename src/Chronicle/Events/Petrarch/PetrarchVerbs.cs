using System.Reflection;

namespace Chronicle.Events.Petrarch;

/// <summary>What was read from a folder of PETRARCH verb dictionaries.</summary>
/// <param name="Patterns">Patterns the files made (after the first file to name a phrasing kept it).</param>
/// <param name="Dropped">Pattern and verb lines our format cannot express.</param>
/// <param name="NoEvent">Pattern lines coded "[---]".</param>
/// <param name="Transformations">Transformation lines ("~ ..."), skipped.</param>
/// <param name="Overridden">Built-in patterns left out because an imported one has the same words or the same verb.</param>
/// <param name="Ontology">The coding ontology read for negations, if any.</param>
public sealed record PetrarchVerbImport(
    int Patterns,
    int Dropped,
    int NoEvent,
    int Transformations,
    int Overridden,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Warnings,
    string? Ontology = null);

/// <summary>
/// Loads PETRARCH-2 verb dictionaries ("*verbs*.txt", "CAMEO*.txt") over the built-in patterns of
/// data/events/patterns.txt: a verb the imported dictionaries list is read only as they read it (its built-in
/// verb patterns give way: "agree" is PETRARCH's 050 unless one of its own phrasings says otherwise); built-in
/// noun patterns and the verbs the dictionaries do not list stay; within the imported layer the first file to
/// name a phrasing keeps it. Where the folder holds PETRARCH's coding ontology ("*Ontology*.txt"), the imported
/// patterns code a negated verb as the ontology pairs their codes (<see cref="PetrarchOntology"/>).
/// </summary>
public static class PetrarchVerbs
{
    /// <summary>The built-in patterns with the verb dictionaries of <paramref name="directory"/> layered over them.</summary>
    public static PatternDictionary LoadFolder(string directory, out PetrarchVerbImport import)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"{directory}: no such dictionary folder");
        var texts = Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToList();
        // Two copies of the ontology ship with universal-PETRARCH; the first by name is read.
        return Load(texts.Where(IsVerbDictionary), out import, texts.FirstOrDefault(IsOntology));
    }

    /// <summary>The built-in patterns with the given verb dictionaries layered over them, in the order given; negations as <paramref name="ontologyPath"/> pairs codes, when given.</summary>
    public static PatternDictionary Load(IEnumerable<string> paths, out PetrarchVerbImport import, string? ontologyPath = null)
    {
        var warnings = new List<string>();
        var ontology = ontologyPath is null ? null : ReadOntology(ontologyPath, warnings);
        var files = new List<string>();
        var imported = new List<EventPattern>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        int dropped = 0, noEvent = 0, transformations = 0;
        foreach (var path in paths)
        {
            using var reader = new StreamReader(path);
            var patterns = PetrarchVerbFile.Read(reader, path, warnings, out var counts);
            foreach (var pattern in patterns)
            {
                if (keys.Add(pattern.Key))
                    imported.Add(ontology?.Negated(pattern.Code) is { } denial && CameoCodebook.Default.Contains(denial) ? pattern with { NegatedCode = denial } : pattern);
            }

            dropped += counts.Dropped;
            noEvent += counts.NoEvent;
            transformations += counts.Transformations;
            files.Add(path);
        }

        var dictionary = new PatternDictionary();
        dictionary.AddAll(imported);
        var overridden = 0;
        var verbs = imported.Where(p => p.Kind == PatternKind.Verb).Select(p => p.Head).ToHashSet(StringComparer.Ordinal);
        foreach (var pattern in BuiltIn())
        {
            if (keys.Contains(pattern.Key) || pattern.Kind == PatternKind.Verb && verbs.Contains(pattern.Head))
                overridden++;
            else
                dictionary.Add(pattern);
        }

        import = new PetrarchVerbImport(imported.Count, dropped, noEvent, transformations, overridden, files, warnings, ontologyPath);
        return dictionary;
    }

    /// <summary>Whether a file name is a verb dictionary's: "CAMEO.2.0.txt", "PETR.Validate.verbs.txt".</summary>
    public static bool IsVerbDictionary(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            && (name.Contains("verbs", StringComparison.OrdinalIgnoreCase) || name.StartsWith("CAMEO", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether a file name is a coding ontology's: "PETR.Internal.Coding.Ontology.txt".</summary>
    private static bool IsOntology(string path) => Path.GetFileName(path).Contains("Ontology", StringComparison.OrdinalIgnoreCase);

    private static PetrarchOntology ReadOntology(string path, List<string> warnings)
    {
        using var reader = new StreamReader(path);
        return PetrarchOntology.Read(reader, path, warnings);
    }

    /// <summary>The patterns of data/events/patterns.txt, as <see cref="PatternDictionary.Default"/> reads them.</summary>
    private static List<EventPattern> BuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Chronicle.Events.patterns.txt")
            ?? throw new InvalidOperationException("data/events/patterns.txt is not embedded.");
        return PatternFile.Read(new StreamReader(stream), "data/events/patterns.txt");
    }
}
