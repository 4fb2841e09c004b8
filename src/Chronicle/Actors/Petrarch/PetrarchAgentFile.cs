using Chronicle.Actors.Knowledge;

namespace Chronicle.Actors.Petrarch;

/// <summary>
/// Reads a PETRARCH agents dictionary: "PHRASE {plural} [~CODE]" lines (the code goes after the
/// country; "[CODE~]", before it in PETRARCH, is read the same way here), substitution sets
/// "!PERSON! = MAN, MEN, ..." expanded wherever the marker appears, regular plurals formed unless
/// braces give them ("{}" for none).
/// </summary>
public static class PetrarchAgentFile
{
    public static int Read(TextReader reader, string source, ActorLexiconBuilder builder)
    {
        var substitutions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var count = 0;
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = PetrarchActorFile.StripComment(raw).Trim();
            if (line.Length == 0 || line.StartsWith("<!", StringComparison.Ordinal))
                continue;
            if (line.StartsWith('!') && line.Contains('='))
            {
                var equals = line.IndexOf('=');
                substitutions[line[..equals].Trim()] = line[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continue;
            }

            var open = line.IndexOf('[');
            var close = line.IndexOfAny([']', '}'], Math.Max(open, 0));
            string[] sectors;
            try
            {
                if (open < 0 || close < 0)
                    throw new DictionaryFormatException(source, number, $"an agent is 'PHRASE {{plural}} [~CODE]', found '{line}'");
                sectors = Sectors(line[(open + 1)..close], source, number);
            }
            catch (DictionaryFormatException problem)
            {
                builder.Warn(problem);
                continue;
            }

            var head = line[..open];
            var brace = head.IndexOf('{');
            var phrase = (brace >= 0 ? head[..brace] : head).Trim();
            string[]? plurals = brace >= 0 ? head[(brace + 1)..].TrimEnd().TrimEnd('}').Split([' ', ','], StringSplitOptions.RemoveEmptyEntries) : null;
            foreach (var form in Expand(phrase, substitutions))
            {
                builder.AddTerm(new SectorTerm(form, sectors, TermKind.Person, Plural: false));
                var formPlurals = form.Contains('!') || phrase.Contains('!') ? [] : plurals ?? [EnglishPlural.Of(form.Replace('_', ' '))];
                foreach (var plural in formPlurals)
                    builder.AddTerm(new SectorTerm(plural, sectors, TermKind.Person, Plural: true));
                count++;
            }
        }

        return count;
    }

    private static string[] Sectors(string code, string source, int line)
    {
        var letters = code.Replace("~", "").Replace("}", "").Trim().ToUpperInvariant();
        if (letters.Length == 0 || letters.Length % 3 != 0 || !letters.All(char.IsAsciiLetterOrDigit))
            throw new DictionaryFormatException(source, line, $"'{code}' is not an agent code (~ and three letters per sector)");
        return [.. Enumerable.Range(0, letters.Length / 3).Select(i => letters.Substring(i * 3, 3))];
    }

    /// <summary>Every phrase a substitution marker stands for: "CONGRESS!PERSON!" is CONGRESSMAN, CONGRESSMEN, ...</summary>
    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> substitutions)
    {
        var start = phrase.IndexOf('!');
        var end = start >= 0 ? phrase.IndexOf('!', start + 1) : -1;
        if (end < 0)
        {
            yield return phrase;
            yield break;
        }

        var marker = phrase[start..(end + 1)];
        if (!substitutions.TryGetValue(marker, out var forms))
        {
            yield return phrase.Replace(marker, "");
            yield break;
        }

        foreach (var form in forms)
        {
            foreach (var expanded in Expand(phrase[..start] + form + phrase[(end + 1)..], substitutions))
                yield return expanded;
        }
    }
}
