using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>Full-text search over story text with FTS5: bm25 ranking and a snippet with matches in [ and ].</summary>
internal static class StorySearch
{
    private const int SnippetTokens = 16;

    public static IReadOnlyList<SearchHit> Search(SqliteConnection connection, string query, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (FtsQuery.Build(query) is not { } match)
            return [];

        using var command = connection.Command(
            """
            SELECT s.article_id, a.title, s.idx, snippet(stories_fts, 0, '[', ']', '…', $tokens), bm25(stories_fts) AS score
            FROM stories_fts
            JOIN stories s ON s.id = stories_fts.rowid
            JOIN articles a ON a.id = s.article_id
            WHERE stories_fts MATCH $match
            ORDER BY score, s.article_id, s.idx
            LIMIT $limit
            """,
            ("$tokens", SnippetTokens), ("$match", match), ("$limit", limit));
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
            hits.Add(new SearchHit(reader.GetString(0), reader.GetNullableString(1), reader.GetInt32(2), reader.GetString(3), reader.GetDouble(4)));
        return hits;
    }
}
