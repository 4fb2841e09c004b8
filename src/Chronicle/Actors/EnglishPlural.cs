namespace Chronicle.Actors;

/// <summary>Regular English plurals of nouns and noun phrases (the last word inflects).</summary>
public static class EnglishPlural
{
    // Words whose "ch" is said as k take a plain s: Czechs, monarchs, oligarchs, epochs.
    private static readonly HashSet<string> HardCh = ["czech", "stomach", "epoch", "monarch", "oligarch", "patriarch", "matriarch", "hierarch", "tech", "eunuch", "loch"];

    public static string Of(string phrase)
    {
        var cut = phrase.LastIndexOf(' ') + 1;
        return phrase[..cut] + OfWord(phrase[cut..]);
    }

    private static string OfWord(string word)
    {
        if (word.Length == 0)
            return word;
        var lower = word.ToLowerInvariant();
        var upper = word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
        string Suffix(string s) => upper ? s.ToUpperInvariant() : s;
        if (lower.EndsWith("man", StringComparison.Ordinal) && !lower.EndsWith("german", StringComparison.Ordinal))
            return word[..^2] + Suffix("en");
        if (lower.EndsWith('y') && lower.Length > 1 && !"aeiou".Contains(lower[^2]))
            return word[..^1] + Suffix("ies");
        var sibilantCh = lower.EndsWith("ch", StringComparison.Ordinal) && !HardCh.Contains(lower);
        if (lower.EndsWith('s') || lower.EndsWith('x') || lower.EndsWith('z') || sibilantCh || lower.EndsWith("sh", StringComparison.Ordinal))
            return word + Suffix("es");
        return word + Suffix("s");
    }
}
