using System.Data.Common;

namespace Chronicle.Storage;

/// <summary>Reads stored articles back: the list with counts, and one article with its stories and sentences.</summary>
internal static class ArticleQueries
{
    // The columns ReadSummary reads, first in every query that returns a summary.
    private const string SummaryColumns = """
        a.id, a.title, a.url, a.date, a.language,
        (SELECT count(*) FROM stories WHERE article_id = a.id),
        (SELECT count(*) FROM sentences WHERE article_id = a.id),
        (SELECT count(*) FROM events WHERE article_id = a.id)
        """;

    private const int SummaryColumnCount = 8;

    public static IReadOnlyList<ArticleSummary> List(DbConnection connection, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        using var command = connection.Command(
            $"SELECT {SummaryColumns} FROM articles a ORDER BY a.ingested_at DESC, a.rowid DESC LIMIT @limit",
            ("@limit", limit));
        using var reader = command.ExecuteReader();
        var summaries = new List<ArticleSummary>();
        while (reader.Read())
            summaries.Add(ReadSummary(reader));
        return summaries;
    }

    public static StoredArticle? Find(DbConnection connection, string id)
    {
        ArticleSummary summary;
        string? source, byline;
        string text;
        using (var command = connection.Command(
            $"SELECT {SummaryColumns}, a.source, a.byline, a.text FROM articles a WHERE a.id = @id", ("@id", id)))
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
                return null;
            summary = ReadSummary(reader);
            source = reader.GetNullableString(SummaryColumnCount);
            byline = reader.GetNullableString(SummaryColumnCount + 1);
            text = reader.GetString(SummaryColumnCount + 2);
        }
        return new StoredArticle(summary, source, byline, text, Captions(connection, id, text), Stories(connection, id));
    }

    private static ArticleSummary ReadSummary(DbDataReader reader) => new(
        Id: reader.GetString(0),
        Title: reader.GetNullableString(1),
        Url: reader.GetNullableString(2),
        Date: Timestamps.ParseDate(reader.GetNullableString(3)),
        Language: reader.GetString(4),
        Stories: reader.GetInt32(5),
        Sentences: reader.GetInt32(6),
        Events: reader.GetInt32(7));

    private static List<StoredBlock> Captions(DbConnection connection, string id, string text)
    {
        using var command = connection.Command(
            """SELECT start, "end" FROM blocks WHERE article_id = @id AND kind = 'caption' ORDER BY idx""", ("@id", id));
        using var reader = command.ExecuteReader();
        var captions = new List<StoredBlock>();
        while (reader.Read())
        {
            var (start, end) = (reader.GetInt32(0), reader.GetInt32(1));
            captions.Add(new StoredBlock(start, end, text[start..end]));
        }
        return captions;
    }

    private static List<StoredStory> Stories(DbConnection connection, string id)
    {
        var sentences = Sentences(connection, id);
        using var command = connection.Command(
            """SELECT idx, start, "end", text FROM stories WHERE article_id = @id ORDER BY idx""", ("@id", id));
        using var reader = command.ExecuteReader();
        var stories = new List<StoredStory>();
        while (reader.Read())
        {
            var index = reader.GetInt32(0);
            stories.Add(new StoredStory(index, reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3),
                sentences.TryGetValue(index, out var ofStory) ? ofStory : []));
        }
        return stories;
    }

    private static Dictionary<int, List<StoredSentence>> Sentences(DbConnection connection, string id)
    {
        var entities = Entities(connection, id);
        var actors = Actors(connection, id);
        var times = Times(connection, id);
        var places = Places(connection, id);
        using var command = connection.Command(
            """SELECT story, idx, start, "end", text FROM sentences WHERE article_id = @id ORDER BY story, idx""", ("@id", id));
        using var reader = command.ExecuteReader();
        var byStory = new Dictionary<int, List<StoredSentence>>();
        while (reader.Read())
        {
            var story = reader.GetInt32(0);
            if (!byStory.TryGetValue(story, out var list))
                byStory[story] = list = [];
            var index = reader.GetInt32(1);
            list.Add(new StoredSentence(index, reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4),
                entities.TryGetValue((story, index), out var inSentence) ? inSentence : [],
                actors.TryGetValue((story, index), out var actorsInSentence) ? actorsInSentence : [])
            {
                Times = times.TryGetValue((story, index), out var timesInSentence) ? timesInSentence : [],
                Places = places.TryGetValue((story, index), out var placesInSentence) ? placesInSentence : [],
            });
        }
        return byStory;
    }

    private static Dictionary<(int Story, int Sentence), List<StoredTime>> Times(DbConnection connection, string id) => BySentence(connection, id,
        """SELECT story, sentence, start, "end", type, value, text FROM time_expressions WHERE article_id = @id ORDER BY story, idx""",
        r => new StoredTime(r.GetInt32(2), r.GetInt32(3), r.GetString(4), r.GetString(5), r.GetString(6)));

    private static Dictionary<(int Story, int Sentence), List<StoredPlace>> Places(DbConnection connection, string id) => BySentence(connection, id,
        """SELECT story, sentence, start, "end", text, name, geonameid, country, lat, lon FROM place_mentions WHERE article_id = @id ORDER BY story, idx""",
        r => new StoredPlace(r.GetInt32(2), r.GetInt32(3), r.GetString(4), r.GetNullableString(5),
            r.IsDBNull(6) ? null : r.GetInt64(6), r.GetNullableString(7), r.IsDBNull(8) ? null : r.GetDouble(8), r.IsDBNull(9) ? null : r.GetDouble(9)));

    private static Dictionary<(int Story, int Sentence), List<StoredActor>> Actors(DbConnection connection, string id) => BySentence(connection, id,
        """SELECT story, sentence, start, "end", text, code, name, via, kind FROM mentions WHERE article_id = @id ORDER BY story, sentence, start""",
        r => new StoredActor(r.GetInt32(2), r.GetInt32(3), r.GetString(4), r.GetNullableString(5), r.GetNullableString(6), r.GetString(7), r.GetString(8)));

    private static Dictionary<(int Story, int Sentence), List<StoredEntity>> Entities(DbConnection connection, string id) => BySentence(connection, id,
        """SELECT story, sentence, start, "end", type, text FROM entities WHERE article_id = @id ORDER BY story, idx""",
        r => new StoredEntity(r.GetInt32(2), r.GetInt32(3), r.GetString(4), r.GetString(5)));

    /// <summary>An article's rows of one layer, grouped by the (story, sentence) in their first two columns.</summary>
    private static Dictionary<(int Story, int Sentence), List<T>> BySentence<T>(DbConnection connection, string id, string sql, Func<DbDataReader, T> read)
    {
        using var command = connection.Command(sql, ("@id", id));
        using var reader = command.ExecuteReader();
        var bySentence = new Dictionary<(int, int), List<T>>();
        while (reader.Read())
        {
            var key = (reader.GetInt32(0), reader.GetInt32(1));
            if (!bySentence.TryGetValue(key, out var list))
                bySentence[key] = list = [];
            list.Add(read(reader));
        }

        return bySentence;
    }
}
