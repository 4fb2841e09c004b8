using System.Data.Common;
using Chronicle.Export;

namespace Chronicle.Storage;

/// <summary>Reads stored events back as <see cref="EventRecord"/>s: a filtered, sorted page of them, their count, or one by id.</summary>
internal static class EventQueries
{
    private const string Columns = """
        SELECT e.article_id, e.story, e.sentence, s.text, e.source_text, e.source_code, e.source_country, e.source_sector, e.source_name,
               e.target_text, e.target_code, e.target_country, e.target_sector, e.target_name, e.cameo, e.plover, e.goldstein, e.quad,
               e.date, e.date_precision, e.date_text, e.place_name, e.place_geonameid, e.place_country, e.place_lat, e.place_lon,
               e.confidence, e.source_start, e.source_end, e.verb_start, e.verb_end, e.target_start, e.target_end, e.pattern, a.url, e.id, e.time_start, e.time_end,
               e.quote_start, e.quote_end, e.quote_text, e.quote_speaker_text, e.quote_speaker_code, e.quote_speaker_country, e.quote_speaker_sector, e.quote_speaker_name,
               e.quote_speaker_start, e.quote_speaker_end
        FROM events e
        JOIN sentences s ON s.article_id = e.article_id AND s.story = e.story AND s.idx = e.sentence
        JOIN articles a ON a.id = e.article_id
        """;

    /// <param name="matching">How many events pass the filters, if known: see <see cref="ReadsInPageOrder"/>.</param>
    public static IReadOnlyList<EventRecord> Find(DbConnection connection, SqlDialect dialect, EventQuery query, int? matching = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        var filter = EventFilter.Of(connection, dialect, query);
        var order = EventFilter.OrderBy(dialect, query.Sort);
        var events = dialect.EventsInPositionOrder is { } inOrder && ReadsInPageOrder(connection, query, matching) ? inOrder : "events e";
        // The page is chosen from the events table alone, then joined: the narrow inner query is planned
        // well (reading a sorted index when the filter is broad) and sentences and articles are joined for the page only.
        using var command = connection.Command(
            $"""
            {Columns}
            JOIN (SELECT e.rowid AS rid FROM {events} WHERE {filter.Where} ORDER BY {order} LIMIT @limit OFFSET @offset) page ON page.rid = e.rowid
            ORDER BY {order}
            """,
            [.. filter.Parameters, ("@limit", query.Limit), ("@offset", query.Offset)]);
        return ReadAll(command);
    }

    /// <summary>
    /// Whether reading the newest-first index until the page is full touches fewer rows than finding every
    /// match by the filter's own index and sorting them, as SQLite's planner does whatever the LIMIT: for a
    /// filter that a tenth of the events pass, a few hundred rows against ten thousand.
    /// </summary>
    /// <remarks>
    /// Reading in order touches about (offset + limit) x events / matching rows (matches assumed spread
    /// evenly over time); sorting touches every match, and costs more per row than a skipped one, hence the factor.
    /// </remarks>
    private static bool ReadsInPageOrder(DbConnection connection, EventQuery query, int? matching)
    {
        const double SortedRowCost = 4;
        if (query.Sort != EventSort.Newest || matching is not > 0)
            return false;
        using var command = connection.Command("SELECT coalesce(max(rowid), 0) FROM events");
        var events = command.ScalarNumber() ?? 0;
        return (double)(query.Offset + query.Limit) * events / matching.Value <= SortedRowCost * matching.Value;
    }

    /// <summary>How many events pass the query's filters, whatever its page.</summary>
    public static int Count(DbConnection connection, SqlDialect dialect, EventQuery query)
    {
        var filter = EventFilter.Of(connection, dialect, query);
        using var command = connection.Command($"SELECT count(*) FROM events e WHERE {filter.Where}", [.. filter.Parameters]);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static EventRecord? FindById(DbConnection connection, string id)
    {
        using var command = connection.Command($"{Columns} WHERE e.id = @id", ("@id", id));
        return ReadAll(command) is [var record] ? record : null;
    }

    private static List<EventRecord> ReadAll(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var records = new List<EventRecord>();
        while (reader.Read())
            records.Add(Read(reader));
        return records;
    }

    private static EventRecord Read(DbDataReader r)
    {
        ActorView? Actor(int at, int spanAt) => r.IsDBNull(at) ? null
            : new ActorView(r.GetString(at), r.GetNullableString(at + 1), r.GetNullableString(at + 2), r.GetNullableString(at + 3), r.GetNullableString(at + 4),
                r.IsDBNull(spanAt) ? 0 : r.GetInt32(spanAt), r.IsDBNull(spanAt + 1) ? 0 : r.GetInt32(spanAt + 1));
        var source = Actor(4, 27);
        var target = Actor(9, 31);
        var place = r.IsDBNull(21) ? null : new PlaceView(r.GetString(21), r.IsDBNull(22) ? null : r.GetInt64(22), r.GetNullableString(23), r.GetDouble(24), r.GetDouble(25));
        var quote = r.IsDBNull(38) ? null : new QuoteView(r.GetString(40), Actor(41, 46), r.GetInt32(38), r.GetInt32(39));
        return new EventRecord(
            r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), source, target,
            r.GetString(14), r.GetNullableString(15), r.IsDBNull(16) ? null : r.GetDouble(16), r.IsDBNull(17) ? null : r.GetInt32(17),
            r.GetNullableString(18), r.GetNullableString(19) ?? "unknown", r.GetNullableString(20), place, r.GetDouble(26),
            new EvidenceView(source is null ? null : [source.Start, source.End], [r.GetInt32(29), r.GetInt32(30)], target is null ? null : [target.Start, target.End], r.IsDBNull(36) ? null : [r.GetInt32(36), r.GetInt32(37)]),
            r.GetNullableString(33) ?? "", r.GetNullableString(34), quote)
        {
            Id = r.GetString(35),
        };
    }
}
