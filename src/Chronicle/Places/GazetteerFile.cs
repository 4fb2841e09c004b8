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
        var fields = new string[Columns];
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("geonameid\t", StringComparison.Ordinal))
                continue;
            if (!Split(line, fields))
                throw Bad(source, number, $"expected {Columns} tab-separated columns");
            yield return Parse(fields, source, number);
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

    private static bool Split(string line, string[] fields)
    {
        var start = 0;
        for (var i = 0; i < Columns; i++)
        {
            var tab = i == Columns - 1 ? -1 : line.IndexOf('\t', start);
            if (i < Columns - 1 && tab < 0)
                return false;
            var end = tab < 0 ? line.Length : tab;
            fields[i] = line[start..end];
            start = end + 1;
        }

        return !fields[Columns - 1].Contains('\t');
    }

    private static PlaceRow Parse(string[] f, string source, int number)
    {
        long? id = null;
        if (f[0].Length > 0)
            id = long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw Bad(source, number, $"geonameid is not a number: \"{f[0]}\"");
        if (f[1].Length == 0)
            throw Bad(source, number, "empty name");
        if (f[3].IndexOf('.') <= 0)
            throw Bad(source, number, $"feature must be CLASS.CODE (\"P.PPL\"), found \"{f[3]}\"");
        long population = 0;
        if (f[6].Length > 0 && !long.TryParse(f[6], NumberStyles.None, CultureInfo.InvariantCulture, out population))
            throw Bad(source, number, $"population is not a whole number: \"{f[6]}\"");
        var lat = Coordinate(f[7], 90, "lat", source, number);
        var lon = Coordinate(f[8], 180, "lon", source, number);
        if (lat.HasValue != lon.HasValue)
            throw Bad(source, number, "give both lat and lon, or neither");
        var alternates = f[2].Length == 0 ? [] : f[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new PlaceRow(id, f[1], alternates, f[3], f[4], f[5], population, lat, lon);
    }

    private static double? Coordinate(string text, double limit, string name, string source, int number)
    {
        if (text.Length == 0)
            return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || Math.Abs(value) > limit || double.IsNaN(value))
            throw Bad(source, number, $"{name} is not a coordinate within ±{limit}: \"{text}\"");
        return value;
    }

    private static InvalidDataException Bad(string source, int number, string message) => new($"{source}:{number}: {message}");
}
