namespace Chronicle.Actors.Knowledge;

/// <summary>
/// Reads <c>sectors.txt</c>: sections "[SECTOR KIND]" with one phrase a line. A phrase's regular plural
/// is added; "{forms; ...}" gives irregular plurals instead, "{}" none.
/// </summary>
public static class SectorVocabularyFile
{
    public static List<SectorTerm> Read(TextReader reader, string source)
    {
        var terms = new List<SectorTerm>();
        (string[] Sectors, TermKind Kind)? section = null;
        foreach (var (number, line) in DictionaryLines.Read(reader))
        {
            if (line.StartsWith('['))
            {
                section = Section(line, source, number);
                continue;
            }

            if (section is not var (sectors, kind))
                throw new DictionaryFormatException(source, number, "a phrase before any [SECTOR KIND] section");
            var brace = line.IndexOf('{');
            var phrase = (brace >= 0 ? line[..brace] : line).Trim();
            terms.Add(new SectorTerm(phrase, sectors, kind, Plural: kind == TermKind.Group));
            if (kind == TermKind.Modifier)
                continue;
            var plurals = brace >= 0
                ? line[(brace + 1)..].TrimEnd('}', ' ').Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : [EnglishPlural.Of(phrase)];
            terms.AddRange(plurals.Select(p => new SectorTerm(p, sectors, kind, Plural: true)));
        }

        return terms;
    }

    private static (string[], TermKind) Section(string line, string source, int number)
    {
        var parts = line.Trim('[', ']').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "[NONE body]": phrases that look like actors and are not ("social media").
        var none = parts.Length > 0 && parts[0].Equals("NONE", StringComparison.OrdinalIgnoreCase);
        if (parts.Length != 2 || !Enum.TryParse<TermKind>(parts[1], ignoreCase: true, out var kind) || parts[0].Length % 3 != 0 && !none)
            throw new DictionaryFormatException(source, number, $"a section is '[SECTOR KIND]' (or '[NONE KIND]') with KIND person, group, body or modifier; found '{line}'");
        if (none)
            return ([], kind);
        var sectors = Enumerable.Range(0, parts[0].Length / 3).Select(i => parts[0].Substring(i * 3, 3).ToUpperInvariant()).ToArray();
        return (sectors, kind);
    }
}
