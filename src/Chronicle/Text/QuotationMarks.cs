namespace Chronicle.Text;

/// <summary>
/// Finds the spans between quotation marks in normalized text, where curly quotes have become straight
/// ones. A single quote opens only at the start of a word and closes only at the end of one, so the
/// apostrophes of "Iran's" and "don't" never pair up.
/// </summary>
public static class QuotationMarks
{
    /// <summary>How far a quote may run before an unclosed mark is taken for a stray one.</summary>
    private const int MaxLength = 2000;

    /// <summary>The [Start, End) char spans inside each pair of marks, in text order.</summary>
    public static IEnumerable<(int Start, int End)> Spans(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var mark = text[i];
            if (mark is '"' or '\'' && Opens(text, i) && Close(text, i + 1, mark) is var close and > 0)
            {
                yield return (i + 1, close);
                i = close + 1;
                continue;
            }

            i++;
        }
    }

    private static bool Opens(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or ':' or '[' or '-')
        && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    /// <summary>The index of the mark that closes one opened before <paramref name="from"/>; -1 when none does.</summary>
    private static int Close(string text, int from, char mark)
    {
        for (var j = from; j < text.Length && j < from + MaxLength; j++)
        {
            if (text[j] != mark || j == from)
                continue;
            var after = j + 1 < text.Length ? text[j + 1] : ' ';
            // A closing mark ends a word: "'...deplorable'." but not the apostrophe of "Iran's".
            if (!char.IsWhiteSpace(text[j - 1]) && !char.IsLetterOrDigit(after))
                return j;
        }

        return -1;
    }
}
