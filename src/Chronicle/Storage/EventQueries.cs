using System.Globalization;
using System.Text;
using Chronicle.Export;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>Reads stored events back as <see cref="EventRecord"/>s, filtered by an <see cref="EventQuery"/>, newest first.</summary>
internal static class EventQueries
{
    public static IReadOnlyList<EventRecord> Find(SqliteConnection connection, EventQuery query)
    {
        var sql = new StringBuilder(
            """
            SELECT e.article_id, e.story, e.sentence, s.text, e.source_text, e.source_code, e.source_country, e.source_sector, e.source_name,
                   e.target_text, e.target_code, e.target_country, e.target_sector, e.target_name, e.cameo, e.plover, e.goldstein, e.quad,
                   e.date, e.date_precision, e.date_text, e.place_name, e.place_geonameid, e.place_country, e.place_lat, e.place_lon,
                   e.confidence, e.source_start, e.source_end, e.verb_start, e.verb_end, e.target_start, e.target_end, e.pattern, a.url, e.time_start, e.time_end
            FROM events e
            JOIN sentences s ON s.article_id = e.article_id AND s.story = e.story AND s.idx = e.sentence
            JOIN articles a ON a.id = e.article_id
            WHERE 1 = 1
            """);
        var parameters = new List<(string, object?)>();
        void Where(string clause, string name, object? value)
        {
            sql.Append(" AND ").Append(clause);
            parameters.Add((name, value));
        }

        if (query.Actor is { } actor)
        {
            var like = "%" + actor.Replace("%", "").Replace("_", "") + "%";
            Where("(e.source_code = $code OR e.target_code = $code OR e.source_text LIKE $like OR e.target_text LIKE $like OR e.source_name LIKE $like OR e.target_name LIKE $like)", "$like", like);
            parameters.Add(("$code", actor.ToUpperInvariant()));
        }

        if (query.Country is { } country)
            Where("(e.source_country = $country OR e.target_country = $country)", "$country", country.ToUpperInvariant());
        if (query.Cameo is { } cameo)
            Where("e.cameo LIKE $cameo", "$cameo", cameo.Replace("%", "") + "%");
        if (query.Plover is { } plover)
            Where("e.plover = $plover", "$plover", plover.ToUpperInvariant());
        if (query.Quad is { } quad)
            Where("e.quad = $quad", "$quad", quad);
        if (query.From is { } from)
            Where("e.date >= $from", "$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (query.To is { } to)
            Where("e.date <= $to", "$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (query.Near is { } near)
            Where("e.place_name LIKE $near", "$near", near.Replace("%", ""));
        if (query.Text is { } text && FtsQuery.Build(text) is { } match)
            Where("EXISTS (SELECT 1 FROM stories st JOIN stories_fts f ON f.rowid = st.id WHERE st.article_id = e.article_id AND st.idx = e.story AND stories_fts MATCH $match)", "$match", match);
        sql.Append(" ORDER BY e.date DESC, e.article_id, e.story, e.sentence LIMIT $limit");
        parameters.Add(("$limit", query.Limit));

        using var command = connection.Command(sql.ToString(), [.. parameters]);
        using var reader = command.ExecuteReader();
        var records = new List<EventRecord>();
        while (reader.Read())
            records.Add(Read(reader));
        return records;
    }

    private static EventRecord Read(SqliteDataReader r)
    {
        ActorView? Actor(int at, int spanAt) => r.IsDBNull(at) ? null
            : new ActorView(r.GetString(at), r.GetNullableString(at + 1), r.GetNullableString(at + 2), r.GetNullableString(at + 3), r.GetNullableString(at + 4),
                r.IsDBNull(spanAt) ? 0 : r.GetInt32(spanAt), r.IsDBNull(spanAt + 1) ? 0 : r.GetInt32(spanAt + 1));
        var source = Actor(4, 27);
        var target = Actor(9, 31);
        var place = r.IsDBNull(21) ? null : new PlaceView(r.GetString(21), r.IsDBNull(22) ? null : r.GetInt64(22), r.GetNullableString(23), r.GetDouble(24), r.GetDouble(25));
        return new EventRecord(
            r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), source, target,
            r.GetString(14), r.GetNullableString(15), r.GetDouble(16), r.GetInt32(17),
            r.GetNullableString(18), r.GetNullableString(19) ?? "unknown", r.GetNullableString(20), place, r.GetDouble(26),
            new EvidenceView(source is null ? null : [source.Start, source.End], [r.GetInt32(29), r.GetInt32(30)], target is null ? null : [target.Start, target.End], r.IsDBNull(35) ? null : [r.GetInt32(35), r.GetInt32(36)]),
            r.GetNullableString(33) ?? "", r.GetNullableString(34));
    }
}
