using System.Globalization;
using System.Text;

namespace Chronicle.Places;

/// <summary>
/// The gazetteer's text format (data/places/README.md): tab-separated, one header line,
/// <c>geonameid name alternates feature country admin1 population lat lon</c>, alternates
/// <c>;</c>-separated, <c>#</c> lines are comments. Built-in, hand-written and imported files share it.
/// </summary>
public static class GazetteerFile
{
    public const string FileName = "places.tsv";

    public const string Header = "geonameid\tname\talternates\tfeature\tcountry\tadmin1\tpopulation\tlat\tlon";

    private const int Columns = 9;

    /// <summary>The rows of a file; a malformed line throws <see cref="InvalidDataException"/> naming <paramref name="source"/> and the line.</summary>
    public static IEnumerable<PlaceRow> Read(TextReader reader, string source)
    {
        var number = 0;
        // Features, countries and division codes repeat across rows: one string each.
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        var ranges = new Range[Columns];
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("geonameid\t", StringComparison.Ordinal))
                continue;
            if (line.AsSpan().Split(ranges, '\t') != Columns || line.AsSpan(ranges[Columns - 1]).Contains('\t'))
                throw Bad(source, number, $"expected {Columns} tab-separated columns");
            yield return Parse(line, ranges, lookup, source, number);
        }
    }

    /// <summary>Writes rows in the format <see cref="Read"/> reads, header first.</summary>
    public static void Write(TextWriter writer, IEnumerable<PlaceRow> rows)
    {
        writer.Write(Header);
        writer.Write('\n');
        var line = new StringBuilder();
        foreach (var row in rows)
        {
            line.Clear()
                .Append(row.GeonameId?.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(row.Name).Append('\t')
                .AppendJoin(';', row.Alternates).Append('\t')
                .Append(row.Feature).Append('\t')
                .Append(row.Country).Append('\t')
                .Append(row.Admin1).Append('\t')
                .Append(row.Population.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(row.Latitude?.ToString("0.####", CultureInfo.InvariantCulture)).Append('\t')
                .Append(row.Longitude?.ToString("0.####", CultureInfo.InvariantCulture)).Append('\n');
            writer.Write(line);
        }
    }

    private static PlaceRow Parse(string line, Range[] r, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> codes, string source, int number)
    {
        var f = line.AsSpan();
        long? id = null;
        if (!f[r[0]].IsEmpty)
            id = long.TryParse(f[r[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw Bad(source, number, $"geonameid is not a number: \"{f[r[0]]}\"");
        if (f[r[1]].IsEmpty)
            throw Bad(source, number, "empty name");
        if (f[r[3]].IndexOf('.') <= 0)
            throw Bad(source, number, $"feature must be CLASS.CODE (\"P.PPL\"), found \"{f[r[3]]}\"");
        long population = 0;
        if (!f[r[6]].IsEmpty && !long.TryParse(f[r[6]], NumberStyles.None, CultureInfo.InvariantCulture, out population))
            throw Bad(source, number, $"population is not a whole number: \"{f[r[6]]}\"");
        var lat = Coordinate(f[r[7]], 90, "lat", source, number);
        var lon = Coordinate(f[r[8]], 180, "lon", source, number);
        if (lat.HasValue != lon.HasValue)
            throw Bad(source, number, "give both lat and lon, or neither");
        var alternates = f[r[2]].IsEmpty ? [] : line[r[2]].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new PlaceRow(id, line[r[1]], alternates, Code(codes, f[r[3]]), Code(codes, f[r[4]]), Code(codes, f[r[5]]), population, lat, lon);
    }

    private static string Code(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> codes, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return "";
        if (!codes.TryGetValue(text, out var code))
        {
            code = text.ToString();
            codes[code] = code;
        }

        return code;
    }

    private static double? Coordinate(ReadOnlySpan<char> text, double limit, string name, string source, int number)
    {
        if (text.IsEmpty)
            return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || Math.Abs(value) > limit || double.IsNaN(value))
            throw Bad(source, number, $"{name} is not a coordinate within ±{limit}: \"{text}\"");
        return value;
    }

    private static InvalidDataException Bad(string source, int number, string message) => new($"{source}:{number}: {message}");
}
