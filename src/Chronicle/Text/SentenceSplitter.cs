using System.Collections.Frozen;

namespace Chronicle.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at . ! ? or an ellipsis followed by a capital, a digit,
/// an opening quote or bracket, or the end of the text, and takes the closing quotes and brackets right
/// after it ("... of us.'"). An abbreviation ("Gen.", "U.S.") ends one only before a clear sentence
/// starter. Line breaks end sentences at a blank line, after terminal punctuation, before a bullet, and
/// after a headline-like line. Immutable and thread-safe.
/// </summary>
public sealed class SentenceSplitter
{
    // After an abbreviation, a capitalized word is usually a name or a noun that belongs to it
    // ("Gen. Smith", "U.S. Army", "Jan. Tuesday" is rare, "Inc. Chief Executive"), so a capital alone
    // cannot end the sentence. These function words, though, are capitalized only when they open a
    // sentence and are never names, so "in the U.S. The next day" does end at "U.S.". "A" and "I" are
    // left out because they are also initials, grades and numerals ("Gen. A", "World War I").
    private static readonly FrozenSet<string> Starters = FrozenSet.Create(StringComparer.Ordinal,
        "The", "An", "He", "She", "It", "They", "We", "You", "This", "That", "These", "Those", "There",
        "His", "Her", "Its", "Their", "Our", "My", "But", "And", "Yet", "So", "In", "On", "At", "After",
        "Before", "During", "When", "While", "If", "As", "However", "Meanwhile", "Also", "Still", "Some",
        "Many", "Most", "Both", "Each", "Such", "What", "Why", "How", "Who", "Where");

    // A line that ends in one of these was cut mid-phrase (hard-wrapped text), not written as a headline.
    private static readonly FrozenSet<string> Continuations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but",
        "as", "that", "than", "into", "over", "about");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup =
        Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContinuationLookup =
        Continuations.GetAlternateLookup<ReadOnlySpan<char>>();

    // Headlines and datelines are short; a longer line without terminal punctuation is wrapped prose.
    private const int MaxHeadlineTokens = 25;

    /// <summary>
    /// Appends the sentences of <paramref name="tokens"/> (the tokens of <paramref name="text"/>, in order)
    /// to <paramref name="into"/>. Sentences cover all tokens and their offsets are trimmed to them.
    /// </summary>
    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Sentence> into)
    {
        var first = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (i > first && LineBreakEnds(text, tokens, first, i))
            {
                Add(into, tokens, first, i);
                first = i;
            }

            // Punctuation that opens a sentence ("... and then") cannot end it.
            if (i == first || !IsTerminal(text, tokens[i]))
                continue;
            var end = RunEnd(text, tokens, i);
            if (end == tokens.Length || EndsBefore(text, tokens, i, end))
            {
                Add(into, tokens, first, end);
                first = end;
            }

            i = end - 1;
        }

        if (first < tokens.Length)
            Add(into, tokens, first, tokens.Length);
    }

    /// <summary>
    /// The index after the terminal run starting at <paramref name="i"/>: more terminal punctuation on the same
    /// line ("?!", ". . .") and the closing quotes and brackets written right after it.
    /// </summary>
    private static int RunEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var end = i + 1;
        while (end < tokens.Length)
        {
            var token = tokens[end];
            var gap = text[tokens[end - 1].End..token.Start];
            // Straight quotes open as often as they close, so they belong to the sentence only when written
            // against it; the typographic closers and brackets can only close.
            var more = token.Kind == TokenKind.Punctuation && !gap.Contains('\n')
                && (TextChars.IsTerminal(text[token.Start])
                    || TextChars.IsClosing(text[token.Start]) && (gap.IsEmpty || !IsAmbiguousQuote(text[token.Start..token.End])));
            if (!more)
                break;
            end++;
        }

        return end;
    }

    private static bool IsAmbiguousQuote(ReadOnlySpan<char> token) => token is "\"" or "'";

    private static bool EndsBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int terminal, int next)
    {
        var newlines = Newlines(text, tokens[next - 1].End, tokens[next].Start);
        if (newlines >= 2)
            return true;
        if (IsAbbreviationRun(text, tokens, terminal, next))
            return IsStarter(text, tokens[next]);
        return newlines == 1 || StartsSentence(text, tokens[next]);
    }

    /// <summary>Whether the run's only terminal is an abbreviation's period ("U.S." but not "U.S.?").</summary>
    private static bool IsAbbreviationRun(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int terminal, int next)
    {
        if (tokens[terminal].Kind != TokenKind.Word)
            return false;
        for (var i = terminal + 1; i < next; i++)
        {
            if (TextChars.IsTerminal(text[tokens[i].Start]))
                return false;
        }

        return true;
    }

    private static bool LineBreakEnds(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int i)
    {
        var newlines = Newlines(text, tokens[i - 1].End, tokens[i].Start);
        if (newlines == 0)
            return false;
        if (newlines >= 2 || IsBullet(text, tokens[i]))
            return true;
        return IsHeadline(text, tokens, first, i);
    }

    /// <summary>
    /// Whether tokens <paramref name="first"/> to <paramref name="end"/> form a line of their own that reads as a
    /// headline or dateline: short, capitalized, not cut mid-phrase, and followed by a line that starts a sentence.
    /// </summary>
    private static bool IsHeadline(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        if (end - first > MaxHeadlineTokens || !StartsLine(text, tokens, first) || !StartsSentence(text, tokens[first])
            || !StartsSentence(text, tokens[end]))
            return false;
        var last = tokens[end - 1];
        var lastText = text[last.Start..last.End];
        if (last.Kind == TokenKind.Punctuation)
            return TextChars.IsClosing(lastText[0]);
        return !IsTerminal(text, last) && !ContinuationLookup.Contains(lastText);
    }

    private static bool StartsLine(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first) =>
        first == 0 || Newlines(text, tokens[first - 1].End, tokens[first].Start) > 0;

    /// <summary>Terminal punctuation, or an abbreviation whose period may end a sentence.</summary>
    private static bool IsTerminal(ReadOnlySpan<char> text, Token token) => token.Kind switch
    {
        TokenKind.Punctuation => TextChars.IsTerminal(text[token.Start]),
        TokenKind.Word => token.Length > 1 && text[token.End - 1] == '.',
        _ => false,
    };

    /// <summary>A capital, a letter of a script without case, a digit, or an opening quote or bracket.</summary>
    private static bool StartsSentence(ReadOnlySpan<char> text, Token token)
    {
        var c = text[token.Start];
        return token.Kind switch
        {
            TokenKind.Punctuation => TextChars.IsOpening(c),
            TokenKind.Number => true,
            TokenKind.Word => char.IsUpper(c) || !char.IsLower(c),
            _ => false,
        };
    }

    private static bool IsStarter(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Word && StarterLookup.Contains(text[token.Start..token.End]);

    private static bool IsBullet(ReadOnlySpan<char> text, Token token) =>
        token.Length == 1 && text[token.Start] is '\u2022' or '\u00B7' or '\u25AA' or '\u25CF' or '*' or '-' or '\u2013' or '\u2014';

    /// <summary>The number of line breaks in a gap between tokens, counted up to two.</summary>
    private static int Newlines(ReadOnlySpan<char> text, int start, int end)
    {
        var gap = text[start..end];
        var first = gap.IndexOf('\n');
        if (first < 0)
            return 0;
        return gap[(first + 1)..].Contains('\n') ? 2 : 1;
    }

    private static void Add(List<Sentence> into, ReadOnlySpan<Token> tokens, int first, int end) =>
        into.Add(new Sentence(tokens[first].Start, tokens[end - 1].End, first, end - first));
}
