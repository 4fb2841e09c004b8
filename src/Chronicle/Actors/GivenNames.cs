using System.Reflection;

namespace Chronicle.Actors;

/// <summary>
/// Given names from the gazetteer lists (data/gazetteers/first_names.txt), folded, and the particles
/// Arabic and other names are built with: evidence that capitalized words the entity recognizer
/// missed are a person's name ("Faleh al-Fayyad").
/// </summary>
internal static class GivenNames
{
    private static readonly Lazy<HashSet<string>> Names = new(Load);

    private static readonly string[] Particles = ["al-", "el-", "bin", "ibn", "abu", "abd", "bint"];

    public static bool IsGivenName(string foldedWord) => Names.Value.Contains(foldedWord);

    /// <summary>"al-Araji", "bin", "Abu": a word only personal names have.</summary>
    public static bool IsNameParticle(string foldedWord) =>
        Particles.Any(p => p.EndsWith('-') ? foldedWord.StartsWith(p, StringComparison.Ordinal) && foldedWord.Length > p.Length : foldedWord == p);

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Chronicle.Gazetteers.first_names.txt")
            ?? throw new InvalidOperationException("data/gazetteers/first_names.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
                names.Add(PhraseWords.Fold(line));
        }

        return names;
    }
}
