using System.Globalization;
using System.IO.Compression;

namespace Chronicle.Places;

/// <summary>What to keep of a GeoNames dump.</summary>
public sealed record GazetteerImportOptions
{
    /// <summary>GeoNames feature classes to keep (A divisions, P populated places, L areas, T landforms, H water, S spots, R roads, U undersea, V vegetation).</summary>
    public string FeatureClasses { get; init; } = "APLTH";

    /// <summary>Places with fewer people are left out (divisions and areas often have none recorded, so keep 0 to keep them).</summary>
    public long MinPopulation { get; init; }

    /// <summary>At most this many alternate names per place, Latin script only, in the dump's order.</summary>
    public int MaxAlternates { get; init; } = 24;
}

/// <summary>How an import went.</summary>
public sealed record GazetteerImportSummary(int Read, int Written, IReadOnlyList<string> Errors);

/// <summary>
/// Converts a GeoNames dump (cities15000.txt, allCountries.txt or any file in their 19-column tab format,
/// plain or zipped) into Chronicle's gazetteer format, so a user with a fuller gazetteer can resolve
/// places the built-in one lacks. A malformed line is reported by number and skipped.
/// </summary>
public static class GazetteerImport
{
    private const int Columns = 19;

    /// <summary>Imports <paramref name="input"/> into <paramref name="outFolder"/>/places.tsv.</summary>
    public static GazetteerImportSummary Run(string input, string outFolder, GazetteerImportOptions options)
    {
        Directory.CreateDirectory(outFolder);
        var output = Path.Combine(outFolder, GazetteerFile.FileName);
        using var reader = OpenText(input, out var archive);
        using (archive)
        {
            var errors = new List<string>();
            var (read, written) = (0, 0);
            IEnumerable<PlaceRow> Kept()
            {
                foreach (var row in Rows(reader, input, options, errors))
                {
                    read++;
                    if (row is null)
                        continue;
                    written++;
                    yield return row;
                }
            }

            // Streamed: a full allCountries dump (millions of rows) is never held in memory.
            using var writer = new StreamWriter(output, append: false, new System.Text.UTF8Encoding(false));
            GazetteerFile.Write(writer, Kept());
            return new GazetteerImportSummary(read, written, errors);
        }
    }

    /// <summary>The rows kept from a dump, one entry per data line (null for a line left out or malformed).</summary>
    public static IEnumerable<PlaceRow?> Rows(TextReader reader, string source, GazetteerImportOptions options, List<string> errors)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var f = line.Split('\t');
            if (f.Length != Columns)
            {
                errors.Add($"{source}:{number}: expected {Columns} tab-separated columns (GeoNames dump format), found {f.Length}");
                yield return null;
                continue;
            }

            if (!long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || !double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || Math.Abs(lat) > 90
                || !double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || Math.Abs(lon) > 180
                || f[1].Length == 0)
            {
                errors.Add($"{source}:{number}: geonameid, name, latitude or longitude is missing or not a number");
                yield return null;
                continue;
            }

            long.TryParse(f[14], NumberStyles.None, CultureInfo.InvariantCulture, out var population);
            if (f[6].Length != 1 || !options.FeatureClasses.Contains(f[6][0]) || population < options.MinPopulation)
            {
                yield return null;
                continue;
            }

            yield return new PlaceRow(id, Clean(f[1]), Alternates(f[1], f[2], f[3], options.MaxAlternates), f[6] + "." + f[7], f[8], f[10], population, lat, lon);
        }
    }

    // Alternate names in Latin script that are names, not codes or links: "Bagdad", "Baghdād", not "BGW" or "https://...".
    private static List<string> Alternates(string name, string ascii, string list, int max)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { PlaceName.Key(name) };
        var kept = new List<string>();
        foreach (var candidate in list.Length == 0 ? [ascii] : list.Split(',').Prepend(ascii))
        {
            if (kept.Count >= max)
                break;
            var value = Clean(candidate);
            if (value.Length < 2 || value.Contains("://", StringComparison.Ordinal) || !IsLatinName(value) || (value.Length <= 4 && value.All(char.IsUpper)))
                continue;
            if (seen.Add(PlaceName.Key(value)))
                kept.Add(value);
        }

        return kept;
    }

    private static bool IsLatinName(string value)
    {
        var letters = 0;
        foreach (var c in value)
        {
            if (char.IsDigit(c))
                return false;
            if (!char.IsLetter(c))
                continue;
            // Latin letters and their accented forms live below the Greek block.
            if (c >= '\u0370' && c < '\u1E00' || c > '\u1EFF')
                return false;
            letters++;
        }

        return letters >= 2;
    }

    private static string Clean(string value) => value.Replace(';', ',').Trim();

    private static TextReader OpenText(string path, out IDisposable? archive)
    {
        archive = null;
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            return new StreamReader(path);
        var zip = ZipFile.OpenRead(path);
        var entry = zip.Entries.FirstOrDefault(e => e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            zip.Dispose();
            throw new InvalidDataException($"{path}: no .txt file in the archive");
        }

        archive = zip;
        return new StreamReader(entry.Open());
    }
}
