using System.Text;

namespace Chronicle.Text;

/// <summary>
/// Splits news text into tokens with character offsets, Penn Treebank style: punctuation and quotes
/// apart, clitics split ("Iraq" "'s", "do" "n't"), while abbreviations ("Gen.", "U.S."), numbers
/// ("1,000,000", "3.5", "2023-02-23"), hyphenated and apostrophe names ("Amir-Abdollahian", "O'Brien"),
/// URLs, e-mail addresses, hashtags and handles stay whole. A hand-written scanner: no regular
/// expressions and no allocation per token. Immutable and thread-safe.
/// </summary>
public sealed class Tokenizer(Abbreviations abbreviations)
{
    /// <summary>A tokenizer with the project's abbreviation list.</summary>
    public Tokenizer() : this(Abbreviations.Default)
    {
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="into"/>, offsets into <paramref name="text"/>.</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<Token> into)
    {
        var i = 0;
        while (i < text.Length)
        {
            switch (TextChars.Classify(text, i, out var width))
            {
                case CharClass.Space or CharClass.Format:
                    i += width;
                    break;
                case CharClass.Letter or CharClass.Mark:
                    i = ScanWord(text, i, into);
                    break;
                case CharClass.Digit:
                    i = ScanNumber(text, i, into);
                    break;
                case CharClass.Punctuation:
                    i = ScanPunctuation(text, i, into);
                    break;
                default:
                    i = ScanSymbol(text, i, into);
                    break;
            }
        }
    }

    private int ScanWord(ReadOnlySpan<char> text, int start, List<Token> into)
    {
        var url = WebTokens.UrlEnd(text, start);
        return url > 0 ? Add(into, start, url, TokenKind.Url) : ContinueWord(text, start, start, into);
    }

    /// <summary>Scans a word from <paramref name="j"/> on, the token having begun at <paramref name="start"/>.</summary>
    private int ContinueWord(ReadOnlySpan<char> text, int start, int j, List<Token> into)
    {
        while (true)
        {
            j = SkipWordChars(text, j);
            if (j >= text.Length)
                return Add(into, start, j, TokenKind.Word);
            var c = text[j];
            if (IsJoiner(text, j) && TextChars.IsWordChar(text, j + 1))
            {
                j++;
                continue;
            }

            if (TextChars.IsApostrophe(c) && TextChars.IsLetterAt(text, j + 1))
            {
                var clitic = CliticStart(text, start, j, out var cliticEnd);
                if (clitic < 0)
                {
                    // An apostrophe inside a name: "O'Brien", "Sha'abi", "Qur'an".
                    j++;
                    continue;
                }

                Add(into, start, clitic, TokenKind.Word);
                return Add(into, clitic, cliticEnd, TokenKind.Word);
            }

            break;
        }

        if (text[j] is '@' or '.' or '_' or '+' or '%')
        {
            var email = WebTokens.EmailEnd(text, start);
            if (email > 0)
                return Add(into, start, email, TokenKind.Email);
        }

        if (text[j] == '.')
        {
            var domain = WebTokens.DomainEnd(text, start);
            if (domain > 0)
                return Add(into, start, domain, TokenKind.Url);
            var abbreviation = AbbreviationEnd(text, start, j);
            if (abbreviation > 0)
            {
                // "U.S.-led", "U.N.-backed": the abbreviation is the first part of a compound.
                if (abbreviation < text.Length && TextChars.IsHyphen(text[abbreviation]) && TextChars.IsWordChar(text, abbreviation + 1))
                    return ContinueWord(text, start, abbreviation + 1, into);
                return Add(into, start, abbreviation, TokenKind.Word);
            }
        }

        // "US$", "HK$": a currency sign with its country prefix is one symbol.
        if (text[j] == '$' && j - start <= 2 && !text[start..j].ContainsAnyExceptInRange('A', 'Z'))
            return Add(into, start, j + 1, TokenKind.Symbol);

        return Add(into, start, j, TokenKind.Word);
    }

    /// <summary>Hyphens, underscores and the '&amp;' of "AT&amp;T" hold a word together when word characters follow.</summary>
    private static bool IsJoiner(ReadOnlySpan<char> text, int j)
    {
        var c = text[j];
        return TextChars.IsHyphen(c) || c == '_'
            || c == '&' && j > 0 && char.IsAsciiLetterUpper(text[j - 1]) && j + 1 < text.Length && char.IsAsciiLetterUpper(text[j + 1]);
    }

    /// <summary>
    /// Where a clitic starts if the apostrophe at <paramref name="apostrophe"/> begins one ('s 'm 'd 'll
    /// 're 've, or n't with the n before the apostrophe), else -1.
    /// </summary>
    private static int CliticStart(ReadOnlySpan<char> text, int start, int apostrophe, out int end)
    {
        end = apostrophe + 1;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
            end++;
        var suffix = text[(apostrophe + 1)..end];
        if (suffix.Length > 2 || TextChars.IsWordChar(text, end))
            return -1;
        if (suffix.Length == 2)
        {
            return suffix.Equals("ll", StringComparison.OrdinalIgnoreCase) || suffix.Equals("re", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase)
                ? apostrophe
                : -1;
        }

        return (suffix[0] | 0x20) switch
        {
            's' or 'm' or 'd' => apostrophe,
            't' when apostrophe - 1 > start && (text[apostrophe - 1] | 0x20) == 'n' => apostrophe - 1,
            _ => -1,
        };
    }

    /// <summary>
    /// The end of an abbreviation whose period is at <paramref name="dot"/>, or -1: a dotted letter sequence
    /// ("U.S.", "e.g.", "Ph.D."), an initial ("J."), or a listed abbreviation.
    /// </summary>
    private int AbbreviationEnd(ReadOnlySpan<char> text, int start, int dot)
    {
        var length = dot - start;
        if (length <= 2 && !text[start..dot].ContainsAnyExcept(TextChars.AsciiLetters))
        {
            var end = dot;
            while (end + 2 < text.Length && text[end] == '.' && char.IsAsciiLetter(text[end + 1]) && text[end + 2] == '.')
                end += 2;
            if (end > dot)
                return end + 1;
            // "U.S" written without its last period: the dot between two single letters of one case still joins them.
            if (length == 1 && dot + 1 < text.Length && char.IsAsciiLetter(text[dot + 1]) && !TextChars.IsWordChar(text, dot + 2)
                && char.IsUpper(text[start]) == char.IsUpper(text[dot + 1]))
                return dot + 2;
        }

        if (length == 1 && char.IsUpper(text[start]))
            return dot + 1;
        return abbreviations.Contains(text[start..(dot + 1)]) ? dot + 1 : -1;
    }

    private int ScanNumber(ReadOnlySpan<char> text, int start, List<Token> into)
    {
        var j = SkipDigits(text, start);
        while (j < text.Length)
        {
            var c = text[j];
            var joinsDigits = (c is '.' or '/' || TextChars.IsHyphen(c)) && TextChars.IsDigitAt(text, j + 1)
                || c == ',' && IsDigitGroup(text, j + 1, 3)
                || c == ':' && IsDigitGroup(text, j + 1, 2);
            if (!joinsDigits)
                break;
            j = SkipDigits(text, j + 1);
        }

        if (j >= text.Length)
            return Add(into, start, j, TokenKind.Number);

        if (TextChars.IsLetterAt(text, j))
        {
            var letters = j;
            while (letters < text.Length && char.IsAsciiLetter(text[letters]))
                letters++;
            var suffix = text[j..letters];
            var suffixEndsWord = letters > j && !TextChars.IsWordChar(text, letters);
            // Ordinals and decades belong to the number ("24th", "1990s"); lowercase units are their own
            // word ("105km" -> "105" "km", "$4.2bn" -> "4.2" "bn"); anything else is a word ("5G", "4x4").
            if (suffixEndsWord && IsNumberSuffix(suffix))
                return Add(into, start, letters, TokenKind.Number);
            if (suffixEndsWord && !suffix.ContainsAnyExceptInRange('a', 'z'))
                return Add(into, start, j, TokenKind.Number);
            return ContinueWord(text, start, j, into);
        }

        if (TextChars.IsHyphen(text[j]) && TextChars.IsWordChar(text, j + 1))
            return ContinueWord(text, start, j + 1, into);

        if (TextChars.IsApostrophe(text[j]) && TextChars.IsLetterAt(text, j + 1) && CliticStart(text, start, j, out var cliticEnd) == j)
        {
            Add(into, start, j, TokenKind.Number);
            return Add(into, j, cliticEnd, TokenKind.Word);
        }

        return Add(into, start, j, TokenKind.Number);
    }

    private static bool IsNumberSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("s", StringComparison.Ordinal);

    /// <summary>Exactly <paramref name="count"/> ASCII digits at <paramref name="i"/>, then no digit ("1,000" but not "1,0000").</summary>
    private static bool IsDigitGroup(ReadOnlySpan<char> text, int i, int count)
    {
        if (i + count > text.Length || text.Slice(i, count).ContainsAnyExceptInRange('0', '9'))
            return false;
        return !TextChars.IsDigitAt(text, i + count);
    }

    private static int ScanPunctuation(ReadOnlySpan<char> text, int i, List<Token> into)
    {
        var c = text[i];
        switch (c)
        {
            case '.' or '-':
                // An ellipsis "..." or a dash "--" is one token.
                return Add(into, i, SkipRun(text, i, c), TokenKind.Punctuation);
            case '\'' or '`' when i + 1 < text.Length && text[i + 1] == c:
                // '' and `` stand for double quotes in older wire copy.
                return Add(into, i, i + 2, TokenKind.Punctuation);
            case '#':
                return ScanHashtag(text, i, into);
            case '@':
                return ScanHandle(text, i, into);
            case '%' or '&' or '\u2030':
                return Add(into, i, i + 1, TokenKind.Symbol);
        }

        // "the Gov.'s office", "the U.S.'s": a possessive after an abbreviation, not a quote.
        if (TextChars.IsApostrophe(c) && i > 0 && (text[i - 1] == '.' || TextChars.IsWordChar(text, i - 1))
            && i + 1 < text.Length && (text[i + 1] | 0x20) == 's' && !TextChars.IsWordChar(text, i + 2))
            return Add(into, i, i + 2, TokenKind.Word);

        // "'90s": an apostrophe standing for the century, not a quote.
        if (TextChars.IsApostrophe(c) && IsDigitGroup(text, i + 1, 2) && i + 3 < text.Length && text[i + 3] == 's'
            && !TextChars.IsWordChar(text, i + 4))
            return Add(into, i, i + 4, TokenKind.Number);

        return Add(into, i, i + 1, TokenKind.Punctuation);
    }

    private static int ScanHashtag(ReadOnlySpan<char> text, int i, List<Token> into)
    {
        var j = i + 1;
        var hasLetter = false;
        while (j < text.Length)
        {
            var cls = TextChars.Classify(text, j, out var width);
            if (cls == CharClass.Letter)
                hasLetter = true;
            else if (cls is not (CharClass.Digit or CharClass.Mark) && text[j] != '_')
                break;
            j += width;
        }

        return hasLetter ? Add(into, i, j, TokenKind.Hashtag) : Add(into, i, i + 1, TokenKind.Symbol);
    }

    private static int ScanHandle(ReadOnlySpan<char> text, int i, List<Token> into)
    {
        var j = i + 1;
        while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == '_'))
            j++;
        return j > i + 1 ? Add(into, i, j, TokenKind.Handle) : Add(into, i, i + 1, TokenKind.Symbol);
    }

    /// <summary>A symbol with what modifies it: emoji variation selectors, skin tones, keycaps, joined emoji, flags.</summary>
    private static int ScanSymbol(ReadOnlySpan<char> text, int i, List<Token> into)
    {
        Rune.DecodeFromUtf16(text[i..], out var rune, out var j);
        j += i;
        if (IsRegionalIndicator(rune) && j < text.Length && Rune.DecodeFromUtf16(text[j..], out var second, out var width) == System.Buffers.OperationStatus.Done
            && IsRegionalIndicator(second))
            j += width;

        while (j < text.Length)
        {
            var cls = TextChars.Classify(text, j, out width);
            Rune.DecodeFromUtf16(text[j..], out var next, out _);
            if (cls == CharClass.Mark || next.Value is >= 0x1F3FB and <= 0x1F3FF)
            {
                j += width;
                continue;
            }

            if (next.Value == 0x200D && j + 1 < text.Length && TextChars.Classify(text, j + 1, out var joined) == CharClass.Symbol)
            {
                j += 1 + joined;
                continue;
            }

            break;
        }

        return Add(into, i, j, TokenKind.Symbol);
    }

    private static bool IsRegionalIndicator(Rune rune) => rune.Value is >= 0x1F1E6 and <= 0x1F1FF;

    private static int SkipWordChars(ReadOnlySpan<char> text, int j)
    {
        while (j < text.Length)
        {
            var cls = TextChars.Classify(text, j, out var width);
            if (cls is CharClass.Letter or CharClass.Digit or CharClass.Mark
                || cls == CharClass.Format && TextChars.IsWordChar(text, j + width))
                j += width;
            else
                break;
        }

        return j;
    }

    private static int SkipDigits(ReadOnlySpan<char> text, int j)
    {
        while (j < text.Length && TextChars.Classify(text, j, out _) == CharClass.Digit)
            j++;
        return j;
    }

    private static int SkipRun(ReadOnlySpan<char> text, int j, char c)
    {
        while (j < text.Length && text[j] == c)
            j++;
        return j;
    }

    private static int Add(List<Token> into, int start, int end, TokenKind kind)
    {
        into.Add(new Token(start, end, kind));
        return end;
    }
}
