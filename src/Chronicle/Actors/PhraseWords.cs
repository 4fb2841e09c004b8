using Chronicle.Text;

namespace Chronicle.Actors;

/// <summary>
/// How dictionary phrases and text are compared: both are cut into words by the same
/// <see cref="Tokenizer"/>, and each word is folded to lower case with one apostrophe and one hyphen,
/// so "Iraq’s" in a text meets "Iraq's" in a dictionary.
/// </summary>
public static class PhraseWords
{
    private static readonly Tokenizer Tokenizer = new();

    /// <summary>The folded words of a phrase; underscores join words as spaces do (PETRARCH writes "UNITED_NATIONS").</summary>
    public static string[] Of(string phrase)
    {
        var text = phrase.Replace('_', ' ').Trim();
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        return [.. tokens.Select(t => Fold(text.AsSpan(t.Start, t.Length)))];
    }

    /// <summary>A word in lower case with apostrophes and hyphens made plain.</summary>
    public static string Fold(ReadOnlySpan<char> word) =>
        string.Create(word.Length, word, static (folded, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                folded[i] = TextChars.IsApostrophe(c) ? '\'' : TextChars.IsHyphen(c) ? '-' : char.ToLowerInvariant(c);
            }
        });

    /// <summary>Whether every letter of a word is a capital ("IRGC", "U.N."); false when it has none.</summary>
    public static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsLetter(c))
                letters++;
        }

        return letters > 0;
    }

    /// <summary>The original words of a phrase, unfolded, for rules that look at case (acronyms).</summary>
    public static string[] Raw(string phrase)
    {
        var text = phrase.Replace('_', ' ').Trim();
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        return [.. tokens.Select(t => text.Substring(t.Start, t.Length))];
    }
}
