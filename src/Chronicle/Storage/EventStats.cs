using System.Data.Common;

namespace Chronicle.Storage;

/// <summary>Aggregates over the events an <see cref="EventQuery"/> selects (its page and sort are ignored): per day, per dyad, per actor, per place, per facet value.</summary>
internal static class EventStats
{
    public static IReadOnlyList<TimelineDay> Timeline(DbConnection connection, SqlDialect dialect, EventQuery query)
    {
        var filter = EventFilter.Of(connection, dialect, query);
        var rows = Rows(connection,
            $"SELECT e.date, e.quad, count(*), coalesce(sum(e.goldstein), 0.0) FROM events e WHERE {filter.Where} AND e.date IS NOT NULL AND e.quad IS NOT NULL GROUP BY e.date, e.quad ORDER BY e.date",
            filter, r => (Date: r.GetString(0), Quad: r.GetInt32(1), Count: r.GetInt32(2), Sum: r.GetDouble(3)));
        var days = new List<TimelineDay>();
        foreach (var day in rows.GroupBy(r => r.Date))
        {
            var quads = new int[4];
            foreach (var row in day)
                quads[row.Quad - 1] = row.Count;
            days.Add(new TimelineDay(day.Key, quads, Math.Round(day.Sum(r => r.Sum) / day.Sum(r => r.Count), 2)));
        }

        return days;
    }

    public static IReadOnlyList<DyadCount> Dyads(DbConnection connection, SqlDialect dialect, EventQuery query, int limit)
    {
        var filter = EventFilter.Of(connection, dialect, query);
        return Rows(connection,
            $"""
            SELECT e.source_code, e.target_code, count(*) AS n, coalesce(avg(e.goldstein), 0) FROM events e
            WHERE {filter.Where} AND e.source_code IS NOT NULL AND e.target_code IS NOT NULL
            GROUP BY e.source_code, e.target_code ORDER BY n DESC, e.source_code, e.target_code LIMIT @limit
            """,
            filter, r => new DyadCount(r.GetString(0), r.GetString(1), r.GetInt32(2), Math.Round(r.GetDouble(3), 2)), ("@limit", limit));
    }

    public static IReadOnlyList<ActorCount> Actors(DbConnection connection, SqlDialect dialect, EventQuery query, int limit)
    {
        var filter = EventFilter.Of(connection, dialect, query);
        // Counted per role first (each an ordered walk of a covering index), then the two joined; the same parameters serve both.
        return Rows(connection,
            $"""
            SELECT code, max(name), max(country), sum(as_source), sum(as_target), sum(as_source) + sum(as_target) AS n FROM (
                SELECT e.source_code AS code, max(e.source_name) AS name, max(e.source_country) AS country, count(*) AS as_source, 0 AS as_target
                FROM events e WHERE {filter.Where} AND e.source_code IS NOT NULL GROUP BY e.source_code
                UNION ALL
                SELECT e.target_code, max(e.target_name), max(e.target_country), 0, count(*)
                FROM events e WHERE {filter.Where} AND e.target_code IS NOT NULL GROUP BY e.target_code) AS roles
            GROUP BY code ORDER BY n DESC, code LIMIT @limit
            """,
            filter, r => new ActorCount(r.GetString(0), r.GetNullableString(1), r.GetNullableString(2), r.GetInt32(3), r.GetInt32(4)), ("@limit", limit));
    }

    public static IReadOnlyList<PlaceCount> Places(DbConnection connection, SqlDialect dialect, EventQuery query, int limit)
    {
        var filter = EventFilter.Of(connection, dialect, query);
        return Rows(connection,
            $"""
            SELECT e.place_name, max(e.place_country), e.place_lat, e.place_lon, count(*) AS n, coalesce(avg(e.goldstein), 0) FROM events e
            WHERE {filter.Where} AND e.place_name IS NOT NULL AND e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL
            GROUP BY e.place_name, e.place_lat, e.place_lon ORDER BY n DESC, e.place_name LIMIT @limit
            """,
            filter, r => new PlaceCount(r.GetString(0), r.GetNullableString(1), r.GetDouble(2), r.GetDouble(3), r.GetInt32(4), Math.Round(r.GetDouble(5), 2)), ("@limit", limit));
    }

    public static EventFacets Facets(DbConnection connection, SqlDialect dialect, EventQuery query, int limit)
    {
        var filter = EventFilter.Of(connection, dialect, query);
        FacetCount Facet(DbDataReader r) => new(r.GetValue(0).ToString()!, r.GetInt32(1));
        return new EventFacets(
            Rows(connection, $"SELECT e.quad, count(*) FROM events e WHERE {filter.Where} GROUP BY e.quad ORDER BY e.quad", filter, Facet),
            Rows(connection,
                $"SELECT e.plover, count(*) AS n FROM events e WHERE {filter.Where} AND e.plover IS NOT NULL GROUP BY e.plover ORDER BY n DESC, e.plover LIMIT @limit",
                filter, Facet, ("@limit", limit)),
            Rows(connection,
                $"""
                SELECT country, sum(n) AS total FROM (
                    SELECT e.source_country AS country, count(*) AS n FROM events e WHERE {filter.Where} AND e.source_country IS NOT NULL GROUP BY e.source_country
                    UNION ALL
                    SELECT e.target_country, count(*) FROM events e
                    WHERE {filter.Where} AND e.target_country IS NOT NULL AND e.target_country IS DISTINCT FROM e.source_country GROUP BY e.target_country) AS roles
                GROUP BY country ORDER BY total DESC, country LIMIT @limit
                """,
                filter, Facet, ("@limit", limit)));
    }

    private static List<T> Rows<T>(DbConnection connection, string sql, EventFilter filter, Func<DbDataReader, T> read, params (string Name, object? Value)[] more)
    {
        using var command = connection.Command(sql, [.. filter.Parameters, .. more]);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(read(reader));
        return rows;
    }
}
