using System.Data.Common;

namespace Chronicle.Storage;

/// <summary>Full-text search over story text, with the dialect's own index, ranking and snippets (matches in [ and ]).</summary>
internal static class StorySearch
{
    public static IReadOnlyList<SearchHit> Search(DbConnection connection, SqlDialect dialect, string query, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (dialect.TextQuery(query) is not { } match)
            return [];

        using var command = connection.Command(dialect.SearchStories, ("@match", match), ("@limit", limit));
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
            hits.Add(new SearchHit(reader.GetString(0), reader.GetNullableString(1), reader.GetInt32(2), reader.GetString(3), reader.GetDouble(4)));
        return hits;
    }
}
