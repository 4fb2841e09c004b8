using System.Buffers;
using System.Globalization;

namespace Chronicle.Text;

/// <summary>Character tests shared by the tokenizer and the sentence splitter.</summary>
internal static class TextChars
{
    // ASCII is most of news text, so its classes come from a table instead of a Unicode lookup.
    private static readonly CharClass[] Ascii = BuildAscii();

    public static readonly SearchValues<char> AsciiLetters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>The class of the character (or surrogate pair) at <paramref name="i"/>.</summary>
    public static CharClass Classify(ReadOnlySpan<char> s, int i, out int width)
    {
        var c = s[i];
        width = 1;
        if (c < 128)
            return Ascii[c];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return FromCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, s[i + 1])));
        }

        return FromCategory(char.GetUnicodeCategory(c));
    }

    /// <summary>Letters, digits and combining marks: what words are made of.</summary>
    public static bool IsWordChar(ReadOnlySpan<char> s, int i) =>
        i < s.Length && Classify(s, i, out _) is CharClass.Letter or CharClass.Digit or CharClass.Mark;

    public static bool IsLetterAt(ReadOnlySpan<char> s, int i) =>
        i < s.Length && Classify(s, i, out _) == CharClass.Letter;

    public static bool IsDigitAt(ReadOnlySpan<char> s, int i) =>
        i < s.Length && Classify(s, i, out _) == CharClass.Digit;

    /// <summary>Apostrophes, typographic or not; ‘ is included because writers and normalizers confuse it with ’.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u201B';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsDoubleQuote(char c) =>
        c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' or '`';

    public static bool IsClosing(char c) =>
        c is ')' or ']' or '}' or '\u00BB' or '\u203A' or '\u201D' or '\u2019' or '\'' or '"';

    public static bool IsOpening(char c) =>
        c is '(' or '[' or '{' or '"' or '\'' or '\u00AB' or '\u2039' or '\u201C' or '\u2018' or '\u201E' or '`';

    /// <summary>Sentence-final punctuation, in the scripts news arrives in.</summary>
    public static bool IsTerminal(char c) =>
        c is '.' or '!' or '?' or '\u2026' or '\u061F' or '\u06D4' or '\u0964' or '\u3002' or '\uFF01' or '\uFF1F';

    private static CharClass FromCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => CharClass.Letter,
        UnicodeCategory.DecimalDigitNumber => CharClass.Digit,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark => CharClass.Mark,
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control => CharClass.Space,
        UnicodeCategory.Format => CharClass.Format,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation => CharClass.Punctuation,
        _ => CharClass.Symbol,
    };

    private static CharClass[] BuildAscii()
    {
        var table = new CharClass[128];
        for (var c = 0; c < 128; c++)
            table[c] = FromCategory(char.GetUnicodeCategory((char)c));
        // Unicode calls the backtick a modifier symbol; in text it is an opening quote ("``Yes,'' she said").
        table['`'] = CharClass.Punctuation;
        return table;
    }
}
