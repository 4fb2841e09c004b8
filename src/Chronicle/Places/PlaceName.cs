using System.Globalization;

namespace Chronicle.Places;

/// <summary>
/// How place names are compared: case, diacritics, apostrophes, dots and hyphens do not count
/// ("Sanaʽa", "Sana'a" and "SANAA" meet), "Saint"/"St." and "Mount"/"Mt." are one word, and the
/// Arabic article ("al-", "ad-", "el-") may be written or left out ("Ad Dirāz", "Diraz"). A name that
/// ends with a dot is an abbreviation ("Calif.") and keeps it.
/// </summary>
public static class PlaceName
{
    // The Arabic article in its assimilated and transliterated forms; "El Paso" loses its Spanish
    // article too, which costs nothing: the full name is always indexed and tried first.
    private static readonly HashSet<string> Articles = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ul", "ed", "es", "et", "ez", "er", "en"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArticleLookup = Articles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, string> WordForms = new(StringComparer.Ordinal)
    {
        ["saint"] = "st",
        ["sainte"] = "ste",
        ["mount"] = "mt",
        ["fort"] = "ft",
    };

    // Words that name the kind of a division and may be left out of it: "Abyan Governorate" is "Abyan".
    private static readonly HashSet<string> DivisionWords =
    [
        "governorate", "province", "region", "oblast", "prefecture", "state", "district", "department", "municipality",
        "krai", "kray", "okrug", "voivodeship", "canton", "emirate", "territory", "division", "republic", "autonomous",
        "county", "parish",
    ];

    private static readonly string[] DivisionPrefixes = ["muhafazat ", "provincia de ", "province of ", "state of ", "departamento de ", "region de ", "wilayat "];

    /// <summary>The comparison key of a name: folded, lower case, words separated by single spaces.</summary>
    public static string Key(ReadOnlySpan<char> name)
    {
        // One char of output per char of input at most (a dot is added only where one was dropped).
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length + 1] : new char[name.Length + 1];
        var length = 0;
        var space = true;
        foreach (var raw in name)
        {
            var c = Fold(raw);
            if (c == '\0')
                continue;
            if (c == ' ')
            {
                if (!space)
                    buffer[length++] = ' ';
                space = true;
                continue;
            }

            buffer[length++] = c;
            space = false;
        }

        if (length > 0 && buffer[length - 1] == ' ')
            length--;

        // An abbreviation keeps its final dot, so "Ill." (Illinois) is not found by the word "Ill"
        // and "Miss." not by "Miss"; a name written without it is tried again without it.
        if (length > 0 && name.TrimEnd().EndsWith('.'))
            buffer[length++] = '.';
        var key = buffer[..length];
        if (key.StartsWith("the "))
            key = key[4..];
        return RewriteWords(new string(key));
    }

    /// <summary>The key without a leading Arabic article ("al muharraq" gives "muharraq"), or null when it has none.</summary>
    public static string? WithoutArticle(string key)
    {
        var space = key.IndexOf(' ');
        return space > 0 && space < key.Length - 2 && ArticleLookup.Contains(key.AsSpan(0, space)) ? key[(space + 1)..] : null;
    }

    private static readonly Dictionary<string, string> Directions = new(StringComparer.Ordinal)
    {
        ["northern"] = "north",
        ["southern"] = "south",
        ["eastern"] = "east",
        ["western"] = "west",
    };

    /// <summary>
    /// The key with a leading "Northern", "Southern", "Eastern" or "Western" written as "North"... (a
    /// division's "Southern Darfur" is the news's "South Darfur"), or null when it starts with none.
    /// </summary>
    public static string? WithPlainDirection(string key)
    {
        var space = key.IndexOf(' ');
        return space > 0 && Directions.TryGetValue(key[..space], out var plain) ? plain + key[space..] : null;
    }

    /// <summary>A division's name without the words that say what kind of division it is, or null when that leaves nothing or changes nothing.</summary>
    public static string? WithoutDivisionWords(string key)
    {
        var core = key;
        foreach (var prefix in DivisionPrefixes)
        {
            if (core.StartsWith(prefix, StringComparison.Ordinal))
                core = core[prefix.Length..];
        }

        var words = core.Split(' ').Where(w => !DivisionWords.Contains(w) && w != "of").ToArray();
        var result = string.Join(' ', words);
        return result.Length > 0 && result != key ? result : null;
    }

    private static string RewriteWords(string key)
    {
        if (!key.Contains("saint", StringComparison.Ordinal) && !key.Contains("mount", StringComparison.Ordinal) && !key.Contains("fort", StringComparison.Ordinal))
            return key;
        var words = key.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (WordForms.TryGetValue(words[i], out var form))
                words[i] = form;
        }

        return string.Join(' ', words);
    }

    // One character of a key: a lower-case letter or digit, ' ' for a separator, '\0' to drop it.
    private static char Fold(char c)
    {
        if (c < 128)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                return c;
            if (c is >= 'A' and <= 'Z')
                return (char)(c + 32);
            return c is '.' or '\'' or '`' ? '\0' : ' ';
        }

        if (c is >= '\u00C0' and <= '\u024F' && Latin1ToExtendedB[c - 0xC0] is var a and not '_')
            return a;
        if (c is >= '\u1E00' and <= '\u1EFF' && LatinExtendedAdditional[c - 0x1E00] is var b and not '_')
            return b;
        switch (c)
        {
            case 'ł' or 'Ł': return 'l';
            case 'ø' or 'Ø': return 'o';
            case 'đ' or 'Đ' or 'ð': return 'd';
            case 'ı': return 'i';
            case 'ħ' or 'Ħ': return 'h';
            case 'ß': return 's';
            case 'æ' or 'Æ': return 'a';
            case 'œ' or 'Œ': return 'o';
            case 'þ' or 'Þ': return 't';
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.Format)
            return '\0';
        if (!char.IsLetterOrDigit(c))
            return ' ';
        return char.ToLowerInvariant(c);
    }

    // Base letters of the accented Latin letters (U+00C0-U+024F and U+1E00-U+1EFF), '_' where a letter
    // has none (Æ, Ø, Ł: handled above). Written out because the build runs without ICU
    // (InvariantGlobalization), where string.Normalize cannot decompose; generated with Node's
    // String.prototype.normalize("NFD").
    private const string Latin1ToExtendedB =
        "aaaaaa_ceeeeiiii_nooooo__uuuuy__aaaaaa_ceeeeiiii_nooooo__uuuuy_y"
        + "aaaaaaccccccccdd__eeeeeeeeeegggggggghh__iiiiiiiii___jjkk_llllll_"
        + "___nnnnnn___oooooo__rrrrrrsssssssstttt__uuuuuuuuuuuuwwyyyzzzzzz_"
        + "________________________________oo_____________uu_______________"
        + "_____________aaiioouuuuuuuuuu_aaaa____ggkkoooo__j___gg__nnaa____"
        + "aaaaeeeeiiiioooorrrruuuusstt__hh______aaeeooooooooyy____________"
        + "________________";

    private const string LatinExtendedAdditional =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
        + "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
        + "wwwwwwwwwwxxxxyyzzzzzzhtwy______aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
        + "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy______";
}
