using System.Globalization;
using Chronicle.Actors.Knowledge;

namespace Chronicle.Events.Petrarch;

/// <summary>
/// PETRARCH's internal coding ontology (PICO, "PETR.Internal.Coding.Ontology.txt"): each CAMEO code as a
/// sum of hexadecimal features ("050:0x0080", "110:0x1007f", "011:0x1000-0xFFFF"). Negation is one of those
/// features, 0xFFFF: a code and the code 0xFFFF away from it deny each other, so "did not criticize" (not
/// 110) is the diplomatic cooperation 050, "will not tap the links" (not 170) is 057 and "did not comment"
/// (not 010) is 011. That is how PETRARCH codes a negated verb, and only its own dictionaries carry it.
/// </summary>
public sealed class PetrarchOntology
{
    /// <summary>The feature a negation adds or takes away.</summary>
    private const long Negation = 0xFFFF;

    private readonly Dictionary<string, long> _values;
    private readonly Dictionary<long, string> _codes;

    private PetrarchOntology(Dictionary<string, long> values, Dictionary<long, string> codes) => (_values, _codes) = (values, codes);

    /// <summary>
    /// Reads "CODE:VALUE#comment" lines; "#" lines and blank lines are comments. A line that does not read
    /// becomes a warning "file:line: why" and the rest loads.
    /// </summary>
    public static PetrarchOntology Read(TextReader reader, string source, List<string> warnings)
    {
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        // A value several codes share (080 and 08) is the first code's: the most general, as the file lists them.
        var codes = new Dictionary<long, string>();
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = raw.Split('#', 2)[0].Trim();
            if (line.Length == 0)
                continue;
            var colon = line.IndexOf(':');
            var code = colon > 0 ? line[..colon].Trim() : "";
            if (code.Length == 0 || Value(line[(colon + 1)..]) is not { } value)
            {
                warnings.Add(new DictionaryFormatException(source, number, $"expected CODE:0xVALUE, found '{raw.Trim()}'").Message);
                continue;
            }

            // "---:0" is no event: nothing is its negation.
            if (!code.All(char.IsAsciiDigit))
                continue;
            values.TryAdd(code, value);
            codes.TryAdd(value, code);
        }

        return new PetrarchOntology(values, codes);
    }

    /// <summary>The code that denies <paramref name="code"/> ("110" for "050", "050" for "110"); null when the ontology pairs it with none.</summary>
    public string? Negated(string code)
    {
        if (!_values.TryGetValue(code, out var value))
            return null;
        return _codes.GetValueOrDefault(value + Negation) ?? _codes.GetValueOrDefault(value - Negation);
    }

    /// <summary>"0x1000-0xFFFF", "-0xFFFF+0x2040+0x300": hexadecimal terms added and taken away; null when the text is not one.</summary>
    private static long? Value(string text)
    {
        var expression = text.Replace(" ", "", StringComparison.Ordinal);
        if (expression.Length == 0)
            return null;
        long sum = 0;
        var at = 0;
        while (at < expression.Length)
        {
            var sign = 1;
            if (expression[at] is '+' or '-')
            {
                sign = expression[at] == '-' ? -1 : 1;
                at++;
            }

            var end = at;
            while (end < expression.Length && expression[end] is not ('+' or '-'))
                end++;
            var term = expression[at..end];
            var digits = term.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? term[2..] : term;
            if (!long.TryParse(digits, term.Length == digits.Length ? NumberStyles.None : NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var number))
                return null;
            sum += sign * number;
            at = end;
        }

        return sum;
    }
}
