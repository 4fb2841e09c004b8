using System.Text;

namespace Chronicle.Storage;

/// <summary>
/// Turns what a user typed into an FTS5 query that cannot be a syntax error. Every term becomes a
/// quoted FTS5 string, so operators (AND, OR, NOT, NEAR), parentheses, column filters and stray
/// symbols are searched as words, never parsed. Supported: words, "quoted phrases" (an unclosed
/// quote runs to the end), and a trailing * on a word or phrase for a prefix match. All terms must match.
/// </summary>
internal static class FtsQuery
{
    /// <summary>The FTS5 MATCH expression, or null when the input holds nothing to search for.</summary>
    public static string? Build(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
            return null;

        var query = new StringBuilder();
        var i = 0;
        while (i < input.Length)
        {
            if (char.IsWhiteSpace(input[i]))
            {
                i++;
                continue;
            }

            string term;
            if (input[i] == '"')
            {
                var close = input.IndexOf('"', i + 1);
                var end = close < 0 ? input.Length : close;
                term = input[(i + 1)..end];
                i = Math.Min(end + 1, input.Length);
            }
            else
            {
                var end = i;
                while (end < input.Length && !char.IsWhiteSpace(input[end]) && input[end] != '"')
                    end++;
                term = input[i..end];
                i = end;
            }

            var prefix = term.EndsWith('*') || (i < input.Length && input[i] == '*');
            term = term.TrimEnd('*').Trim();
            if (term.Length == 0)
                continue;

            // Terms hold no '"': quotes are what delimit them, so the quoted string needs no escaping.
            if (query.Length > 0)
                query.Append(' ');
            query.Append('"').Append(term).Append('"');
            if (prefix)
                query.Append('*');
        }
        return query.Length > 0 ? query.ToString() : null;
    }
}
