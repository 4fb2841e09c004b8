using System.Text;

namespace Chronicle.Storage;

/// <summary>
/// Turns what a user typed into an SQLite FTS5 query that cannot be a syntax error: every
/// <see cref="SearchTerm"/> becomes a quoted FTS5 string, so operators (AND, OR, NOT, NEAR),
/// parentheses, column filters and stray symbols are searched as words, never parsed.
/// </summary>
internal static class FtsQuery
{
    /// <summary>The FTS5 MATCH expression, or null when the input holds nothing to search for.</summary>
    public static string? Build(string? input)
    {
        var query = new StringBuilder();
        foreach (var term in SearchTerms.Parse(input))
        {
            // Terms hold no '"': quotes are what delimit them, so the quoted string needs no escaping.
            if (query.Length > 0)
                query.Append(' ');
            query.Append('"').Append(term.Text).Append('"');
            if (term.Prefix)
                query.Append('*');
        }
        return query.Length > 0 ? query.ToString() : null;
    }
}
