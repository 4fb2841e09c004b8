using System.Globalization;

namespace Chronicle.Export;

/// <summary>
/// Writes events in GDELT 2.0's event table layout: 61 tab-separated columns, no header, as GDELT's
/// export files are. Counts GDELT derives from its article corpus (mentions, sources, articles, tone)
/// are written as one mention of one article; geography stays empty until places are resolved.
/// </summary>
public static class GdeltEventTsv
{
    public const int Columns = 61;

    /// <summary>The column names, in order (GDELT's own files carry no header; this is for readers who want one).</summary>
    public static readonly string[] Header =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        .. ActorColumns("Actor1"), .. ActorColumns("Actor2"),
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        .. GeoColumns("Actor1Geo"), .. GeoColumns("Actor2Geo"), .. GeoColumns("ActionGeo"),
        "DATEADDED", "SOURCEURL",
    ];

    public static string Row(long id, EventRecord record, DateTime added)
    {
        // GDELT's dates are days: a month or a year stands as its first day.
        var date = record.Date is { } d ? DateOnly.ParseExact(d, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture) : (DateOnly?)null;
        var fields = new List<string>(Columns)
        {
            id.ToString(CultureInfo.InvariantCulture),
            date?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "",
            date?.ToString("yyyyMM", CultureInfo.InvariantCulture) ?? "",
            date?.Year.ToString(CultureInfo.InvariantCulture) ?? "",
            date is { } day ? (day.Year + (day.DayOfYear - 1) / 365.0).ToString("F4", CultureInfo.InvariantCulture) : "",
        };
        fields.AddRange(Actor(record.Source));
        fields.AddRange(Actor(record.Target));
        var code = record.Cameo;
        fields.AddRange(
        [
            "1", code, code.Length > 3 ? code[..3] : code, code[..2], record.Quad?.ToString(CultureInfo.InvariantCulture) ?? "",
            record.Goldstein?.ToString("0.0", CultureInfo.InvariantCulture) ?? "", "1", "1", "1", "0",
        ]);
        fields.AddRange(Enumerable.Repeat("", 24));
        fields.Add(added.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
        fields.Add(record.Url ?? record.Article);
        return string.Join('\t', fields.Select(Clean));
    }

    private static IEnumerable<string> Actor(ActorView? actor)
    {
        if (actor?.Code is null)
            return Enumerable.Repeat("", 10);
        var sectors = Actors.SectorCodes.Parse(actor.Code).Sectors;
        // GDELT: the country, a known group for international bodies (UNO of IGOUNO), then up to three type codes.
        var knownGroup = actor.Country is null && sectors.Count > 1 ? sectors[1] : "";
        var types = actor.Country is null ? sectors.Take(1).ToList() : sectors.Take(3).ToList();
        return
        [
            actor.Code, (actor.Name ?? actor.Text).ToUpperInvariant(), actor.Country ?? "", knownGroup, "", "", "",
            types.ElementAtOrDefault(0) ?? "", types.ElementAtOrDefault(1) ?? "", types.ElementAtOrDefault(2) ?? "",
        ];
    }

    private static string Clean(string field) => field.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static IEnumerable<string> ActorColumns(string prefix) =>
        new[] { "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code" }
            .Select(c => prefix + c);

    private static IEnumerable<string> GeoColumns(string prefix) =>
        new[] { "_Type", "_FullName", "_CountryCode", "_ADM1Code", "_ADM2Code", "_Lat", "_Long", "_FeatureID" }.Select(c => prefix + c);
}
