using System.Text;

namespace Chronicle.Storage;

/// <summary>
/// Turns what a user typed into the text of a PostgreSQL <c>to_tsquery</c> that cannot be a syntax
/// error: every <see cref="SearchTerm"/> becomes a quoted tsquery string (which to_tsquery splits into
/// its words, in order, as a phrase), the terms joined with &amp;, so operators and stray symbols are
/// searched as words, never parsed.
/// </summary>
internal static class TsQuery
{
    /// <summary>The to_tsquery text, or null when the input holds nothing to search for.</summary>
    public static string? Build(string? input)
    {
        var query = new StringBuilder();
        foreach (var term in SearchTerms.Parse(input))
        {
            if (query.Length > 0)
                query.Append(" & ");
            query.Append('\'');
            foreach (var c in term.Text)
            {
                if (c is '\'' or '\\')
                    query.Append('\\');
                query.Append(c);
            }
            query.Append('\'');
            // On a phrase, to_tsquery makes each of its words a prefix; FTS5 only its last.
            if (term.Prefix)
                query.Append(":*");
        }
        return query.Length > 0 ? query.ToString() : null;
    }
}
