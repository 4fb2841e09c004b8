using System.Text;

namespace Chronicle.Text;

/// <summary>
/// Makes text uniform for the annotators while keeping a map back to the original: typographic quotes
/// become ASCII quotes, exotic spaces become spaces, invisible characters (soft hyphens, zero-width
/// marks, byte-order marks) go, ligatures are spelled out, and line breaks become "\n".
/// Dashes, accents and every other character are kept as written.
/// </summary>
public static class TextNormalizer
{
    public static NormalizedText Normalize(string original)
    {
        var text = new StringBuilder(original.Length);
        var map = new OffsetMap.Builder();
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c == '\r')
            {
                // "\r\n" and a lone "\r" are both one line break.
                map.Map(text.Length, i);
                text.Append('\n');
                if (i + 1 < original.Length && original[i + 1] == '\n')
                    i++;
                continue;
            }

            var replacement = Replace(c);
            if (replacement is null)
            {
                map.Map(text.Length, i);
                text.Append(c);
                continue;
            }

            foreach (var r in replacement)
            {
                map.Map(text.Length, i);
                text.Append(r);
            }
        }

        var normalized = text.ToString();
        return new NormalizedText(original, normalized, map.Build(normalized.Length, original.Length));
    }

    /// <summary>The replacement for a character ("" removes it), or null to keep it.</summary>
    private static string? Replace(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '\uFF07' => "'",
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' or '\uFF02' => "\"",
        '\u00A0' or '\u2007' or '\u202F' or '\u2000' or '\u2001' or '\u2002' or '\u2003' or '\u2004'
            or '\u2005' or '\u2006' or '\u2008' or '\u2009' or '\u200A' or '\u205F' or '\u3000' or '\t' => " ",
        '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => "",
        '\u2028' or '\u2029' or '\u0085' => "\n",
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' or '\uFB06' => "st",
        '\u2026' => "...",
        _ => null,
    };
}
