namespace Chronicle.Places;

/// <summary>
/// One row of data/places/demonyms.tsv: the demonyms of a place that is not a country ("Texan", "Catalan",
/// "European"), or, with no place, of a people that no one place stands for ("Arab").
/// </summary>
/// <param name="Demonyms">The words, singular; plurals are derived.</param>
/// <param name="Name">The place's name as the gazetteer lists it; empty for no one place.</param>
/// <param name="Feature">The place's feature code, to tell it from namesakes.</param>
/// <param name="Country">The place's ISO alpha-2 country code (empty for a continent or a region across borders).</param>
public sealed record PlaceDemonyms(IReadOnlyList<string> Demonyms, string Name, string Feature, string Country)
{
    /// <summary>Whether the words name no one place.</summary>
    public bool Placeless => Name.Length == 0;

    /// <summary>Reads <c>demonyms name feature country</c> rows after a header line; lines starting with # are comments; a malformed line throws naming the source and line.</summary>
    public static IReadOnlyList<PlaceDemonyms> Read(TextReader reader, string source)
    {
        var rows = new List<PlaceDemonyms>();
        var (number, header) = (0, false);
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (!header)
            {
                header = true;
                continue;
            }

            var f = line.Split('\t');
            var demonyms = f[0].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (f.Length != 4 || demonyms.Length == 0 || f[1].Length > 0 != f[2].Length > 0)
                throw new InvalidDataException($"{source}:{number}: expected demonyms, then a place's name, feature and country (all three empty for no one place), tab-separated");
            rows.Add(new PlaceDemonyms(demonyms, f[1], f[2], f[3]));
        }

        return rows;
    }
}
