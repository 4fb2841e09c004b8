using Chronicle.Text;

namespace Chronicle.Time;

/// <summary>
/// A word as the time rules see it: a token, or a part of a hyphenated one ("mid-February" is "mid" and
/// "february", "10-hour" is "10" and "hour"), folded to lower case without periods ("Sept." is "sept").
/// </summary>
/// <param name="Token">The index of the Doc token it comes from.</param>
/// <param name="Capitalized">Whether it is written with a capital letter first.</param>
internal readonly record struct TimePiece(int Start, int End, int Token, string Folded, bool Capitalized);

/// <summary>Cuts a sentence's tokens into <see cref="TimePiece"/>s.</summary>
internal static class TimePieces
{
    public static void Of(Doc doc, Sentence sentence, List<TimePiece> into)
    {
        into.Clear();
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = doc.Tokens[t];
            var text = doc.Text.AsSpan(token.Start, token.Length);
            // Numbers keep their hyphens ("2023-02-23"); words are cut at them.
            if (token.Kind != TokenKind.Word || text.Length < 3 || text.IndexOfAny("-\u2010\u2011") < 0)
            {
                into.Add(new TimePiece(token.Start, token.End, t, Fold(text), char.IsUpper(text[0])));
                continue;
            }

            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && !TextChars.IsHyphen(text[i]))
                    continue;
                if (i > start)
                    into.Add(new TimePiece(token.Start + start, token.Start + i, t, Fold(text[start..i]), char.IsUpper(text[start])));
                start = i + 1;
            }
        }
    }

    /// <summary>Lower case, apostrophes made plain, and periods dropped from words ("Sept.", "a.m.") but not from numbers ("16.40").</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        var dropPeriods = word.Length > 1 && !char.IsAsciiDigit(word[0]);
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            if (c == '.' && dropPeriods)
                continue;
            buffer[n++] = TextChars.IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
        }

        return new string(buffer[..n]);
    }
}
