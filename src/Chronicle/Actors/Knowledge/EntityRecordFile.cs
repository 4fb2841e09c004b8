namespace Chronicle.Actors.Knowledge;

/// <summary>
/// Reads the entity files of <c>data/actors</c> (countries, regions, organizations, people): a header
/// line "Name [CODE]" at column 0, then indented "key: value; value" lines, "#" comments.
/// </summary>
public static class EntityRecordFile
{
    private static readonly HashSet<string> Keys = ["alias", "acronym", "adjective", "capital", "role", "gender", "number"];

    public static List<EntityRecord> Read(TextReader reader, string source)
    {
        var records = new List<EntityRecord>();
        EntityRecord? current = null;
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = StripComment(raw);
            if (line.Trim().Length == 0)
                continue;
            if (!char.IsWhiteSpace(line[0]))
            {
                current = Header(line.Trim(), source, number);
                records.Add(current);
                continue;
            }

            if (current is null)
                throw new DictionaryFormatException(source, number, "an indented line before any record header");
            var colon = line.IndexOf(':');
            var key = colon > 0 ? line[..colon].Trim() : "";
            if (!Keys.Contains(key))
                throw new DictionaryFormatException(source, number, $"expected one of '{string.Join("', '", Keys.Order())}' and a colon, found '{line.Trim()}'");
            var values = key == "role" ? [line[(colon + 1)..].Trim()] : line[(colon + 1)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var value in values)
                current.Add(key, value, number);
        }

        return records;
    }

    private static EntityRecord Header(string line, string source, int number)
    {
        var open = line.LastIndexOf('[');
        if (open < 0)
            return new EntityRecord { Name = line, Source = source, Line = number };
        if (!line.EndsWith(']'))
            throw new DictionaryFormatException(source, number, $"a header's code goes in brackets at its end: '{line}'");
        return new EntityRecord { Name = line[..open].Trim(), Code = line[(open + 1)..^1].Trim(), Source = source, Line = number };
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        return hash >= 0 ? line[..hash] : line;
    }
}
