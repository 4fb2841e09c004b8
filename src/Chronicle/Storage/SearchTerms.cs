namespace Chronicle.Storage;

/// <summary>One term of a full-text search: a word or a phrase (its words in order), optionally a prefix.</summary>
/// <param name="Text">The term's text, trimmed, never empty, and never holding a '"'.</param>
internal sealed record SearchTerm(string Text, bool Prefix);

/// <summary>
/// Reads what a user typed into a full-text search as terms, all of which must match: words,
/// "quoted phrases" (an unclosed quote runs to the end), and a trailing * on a word or phrase for a
/// prefix match. Nothing else is syntax: operators, parentheses and stray symbols stay in the terms'
/// text, for each database's query builder (<see cref="FtsQuery"/>, <see cref="TsQuery"/>) to search as words.
/// </summary>
internal static class SearchTerms
{
    public static IReadOnlyList<SearchTerm> Parse(string? input)
    {
        var terms = new List<SearchTerm>();
        if (string.IsNullOrWhiteSpace(input))
            return terms;

        var i = 0;
        while (i < input.Length)
        {
            if (IsSpace(input[i]))
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
                while (end < input.Length && !IsSpace(input[end]) && input[end] != '"')
                    end++;
                term = input[i..end];
                i = end;
            }

            var prefix = term.EndsWith('*') || (i < input.Length && input[i] == '*');
            term = term.Replace('\0', ' ').TrimEnd('*').Trim();
            if (term.Length > 0)
                terms.Add(new SearchTerm(term, prefix));
        }
        return terms;
    }

    // A NUL char parts words like a space: neither database takes one in a query (FTS5 ends its string
    // there, PostgreSQL refuses it).
    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\0';
}
