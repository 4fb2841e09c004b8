namespace Chronicle.Places;

/// <summary>A country's ISO codes and English demonyms, one row of data/places/countries.tsv.</summary>
public sealed record CountryCodes(string Alpha2, string Alpha3, IReadOnlyList<string> Demonyms)
{
    /// <summary>Reads <c>cca2 cca3 demonyms</c> rows after a header line; a malformed line throws naming the source and line.</summary>
    public static IReadOnlyList<CountryCodes> Read(TextReader reader, string source)
    {
        var rows = new List<CountryCodes>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (number == 1 || line.Length == 0)
                continue;
            var f = line.Split('\t');
            if (f.Length != 3 || f[0].Length != 2 || f[1].Length != 3)
                throw new InvalidDataException($"{source}:{number}: expected cca2, cca3 and demonyms, tab-separated");
            rows.Add(new CountryCodes(f[0], f[1], f[2].Split(';', StringSplitOptions.RemoveEmptyEntries)));
        }

        return rows;
    }
}
