using System.Globalization;
using Chronicle.Actors.Knowledge;

namespace Chronicle.Actors.Petrarch;

/// <summary>
/// Reads a PETRARCH/TABARI actor dictionary: a primary phrase with an optional [CODE], synonyms on
/// "+" lines, and date-restricted codes on indented "[CODE &lt;date]", "[CODE &gt;date]" or
/// "[CODE date-date]" lines (dates YYYYMMDD or YYMMDD). Words are joined by "_" or blanks.
/// </summary>
public static class PetrarchActorFile
{
    public static int Read(TextReader reader, string source, ActorLexiconBuilder builder)
    {
        var count = 0;
        List<string>? phrases = null;
        List<DatedCode> codes = [];
        var number = 0;

        void Flush()
        {
            if (phrases is { Count: > 0 } && codes.Count > 0)
            {
                var entry = new ActorEntry { Name = Display(phrases[0]), Kind = KindOf(codes), Codes = [.. codes] };
                builder.AddEntry(entry, phrases.Select(p => (p, NameForm.Name)));
                count++;
            }

            phrases = null;
            codes = [];
        }

        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = StripComment(raw);
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith("<!", StringComparison.Ordinal))
                continue;
            var trimmed = line.Trim();
            if (char.IsWhiteSpace(line[0]) && trimmed.StartsWith('['))
            {
                if (phrases is null)
                    throw new DictionaryFormatException(source, number, "a date restriction before any actor");
                AddCode(codes, Restriction(trimmed, source, number, builder));
            }
            else if (trimmed.StartsWith('+'))
            {
                if (phrases is null)
                    throw new DictionaryFormatException(source, number, "a synonym before any actor");
                phrases.Add(PhraseOf(trimmed[1..], source, number, codes, builder));
            }
            else
            {
                Flush();
                phrases = [PhraseOf(trimmed, source, number, codes, builder)];
            }
        }

        Flush();
        return count;
    }

    /// <summary>A phrase, with the default code that may follow it in brackets added to <paramref name="codes"/>.</summary>
    private static string PhraseOf(string text, string source, int line, List<DatedCode> codes, ActorLexiconBuilder builder)
    {
        var open = text.IndexOf('[');
        if (open < 0)
            return text.Trim();
        var close = text.IndexOf(']', open);
        if (close < 0)
            throw new DictionaryFormatException(source, line, $"an unclosed code in '{text}'");
        AddCode(codes, Restriction(text[open..(close + 1)], source, line, builder));
        return text[..open].Trim();
    }

    private static void AddCode(List<DatedCode> codes, DatedCode? code)
    {
        if (code is not null)
            codes.Add(code);
    }

    /// <summary>
    /// A bracketed code with its date restriction; null for PETRARCH's null code "---" (the phrase is
    /// known and codes no actor) and for codes that cannot be read ("[+++]", "[FRO/BIL/SAM]"), which are
    /// skipped with a warning as PETRARCH skips them.
    /// </summary>
    private static DatedCode? Restriction(string bracketed, string source, int line, ActorLexiconBuilder builder)
    {
        try
        {
            return Restriction(bracketed, source, line);
        }
        catch (DictionaryFormatException problem)
        {
            builder.Warn(problem);
            return null;
        }
    }

    private static DatedCode? Restriction(string bracketed, string source, int line)
    {
        var inside = bracketed.Trim().TrimStart('[').Split(']')[0].Trim();
        var parts = inside.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
            throw new DictionaryFormatException(source, line, $"an empty code in '{bracketed}'");
        if (parts[0].Trim('-').Length == 0)
            return null;
        var code = RoleLine.ParseCode(parts[0], source, line);
        if (parts.Length == 1)
            return new DatedCode(code, null, null, null);
        var range = parts[1].Replace(" ", "");
        if (range.StartsWith('<'))
            return new DatedCode(code, null, Date(range[1..], source, line), null);
        if (range.StartsWith('>'))
            return new DatedCode(code, Date(range[1..], source, line), null, null);
        var dash = range.IndexOf('-');
        if (dash < 0)
            throw new DictionaryFormatException(source, line, $"a date restriction is <date, >date or date-date: '{bracketed}'");
        return new DatedCode(code, Date(range[..dash], source, line), Date(range[(dash + 1)..], source, line), null);
    }

    /// <summary>YYYYMMDD, or YYMMDD with years up to 30 in this century (TABARI's files reach back to the 1930s).</summary>
    private static DateOnly Date(string text, string source, int line)
    {
        var full = text.Length == 6 ? (int.Parse(text[..2], CultureInfo.InvariantCulture) <= 30 ? "20" : "19") + text : text;
        if (full.Length == 8 && DateOnly.TryParseExact(full, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        // Some files write impossible days ("19970231"); the month is what matters.
        if (full.Length == 8 && int.TryParse(full[..4], out var year) && int.TryParse(full[4..6], out var month) && month is >= 1 and <= 12)
            return new DateOnly(year, month, 1);
        throw new DictionaryFormatException(source, line, $"'{text}' is not a date (YYYYMMDD or YYMMDD)");
    }

    private static ActorKind KindOf(List<DatedCode> codes)
    {
        if (codes.Any(c => c.From is not null || c.To is not null))
            return ActorKind.Person;
        return codes[0].Code is { Value.Length: 3, Country: not null } ? ActorKind.Country : ActorKind.Organization;
    }

    private static string Display(string phrase) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(phrase.Replace('_', ' ').Trim().ToLowerInvariant());

    internal static string StripComment(string line)
    {
        var cut = line.IndexOfAny(['#', ';']);
        return cut >= 0 ? line[..cut] : line;
    }
}
