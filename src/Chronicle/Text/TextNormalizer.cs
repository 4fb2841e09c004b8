using System.Buffers;
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
    // Every character normalization changes; found from Replace itself, so the two cannot disagree.
    private static readonly SearchValues<char> Changed = SearchValues.Create(
        [.. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(c => c == '\r' || Replace(c) is not null)]);

    public static NormalizedText Normalize(string original)
    {
        // Most text needs no change, and what does comes in runs that are copied whole: a call per character costs more than tagging's reading of it.
        var next = original.AsSpan().IndexOfAny(Changed);
        if (next < 0)
            return new NormalizedText(original, original, OffsetMap.Identity(original.Length));
        var text = new StringBuilder(original.Length);
        var map = new OffsetMap.Builder();
        for (var i = 0; i < original.Length;)
        {
            if (next < 0)
                next = original.Length;
            // A run of kept characters needs at most one anchor, at its start (none when it is empty).
            if (next > i)
            {
                map.Map(text.Length, i);
                text.Append(original, i, next - i);
                i = next;
            }

            if (i == original.Length)
                break;
            var c = original[i];
            if (c == '\r')
            {
                // "\r\n" and a lone "\r" are both one line break.
                map.Map(text.Length, i);
                text.Append('\n');
                i += i + 1 < original.Length && original[i + 1] == '\n' ? 2 : 1;
            }
            else
            {
                foreach (var r in Replace(c)!)
                {
                    map.Map(text.Length, i);
                    text.Append(r);
                }

                i++;
            }

            next = original.AsSpan(i).IndexOfAny(Changed);
            if (next >= 0)
                next += i;
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
