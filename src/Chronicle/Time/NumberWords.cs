using System.Globalization;

namespace Chronicle.Time;

/// <summary>Reads the numbers a time phrase is written with: digits ("14", "14th"), words ("two", "twenty-five", "third").</summary>
internal static class NumberWords
{
    /// <summary>
    /// A cardinal at pieces[i..]: digits, or number words added up ("twenty five", "one hundred"); the
    /// pieces it took in <paramref name="end"/>. Numbers with separators ("1,000") are no counts of time.
    /// </summary>
    public static int? Cardinal(IReadOnlyList<TimePiece> pieces, int i, TimeWords.WordClass? words, out int end)
    {
        end = i;
        var folded = pieces[i].Folded;
        if (IsDigits(folded))
        {
            end = i + 1;
            return folded.Length <= 4 ? int.Parse(folded, CultureInfo.InvariantCulture) : null;
        }

        var total = 0;
        var j = i;
        while (j < pieces.Count && words is not null && words.Values.TryGetValue(pieces[j].Folded, out var value))
        {
            var n = int.Parse(value, CultureInfo.InvariantCulture);
            // "twenty five" adds, "one hundred" multiplies; "five twenty" is two numbers.
            if (n == 100 && total > 0)
                total *= 100;
            else if (j > i && (total % 10 != 0 || n >= 10))
                break;
            else
                total += n;
            j++;
        }

        end = j;
        return j > i ? total : null;
    }

    /// <summary>An ordinal at pieces[i..]: "14th", "third", "twenty first"; the pieces it took in <paramref name="end"/>.</summary>
    public static int? Ordinal(IReadOnlyList<TimePiece> pieces, int i, TimeWords.WordClass? numbers, TimeWords.WordClass? ordinals, out int end)
    {
        end = i + 1;
        var folded = pieces[i].Folded;
        if (folded.Length is >= 3 and <= 6 && folded[^2..] is "st" or "nd" or "rd" or "th" && IsDigits(folded[..^2]))
            return int.Parse(folded[..^2], CultureInfo.InvariantCulture);
        if (ordinals?.Values.TryGetValue(folded, out var single) == true)
            return int.Parse(single, CultureInfo.InvariantCulture);
        // "twenty-first": a tens word, then an ordinal under ten.
        if (numbers?.Values.TryGetValue(folded, out var tens) == true && i + 1 < pieces.Count && ordinals?.Values.TryGetValue(pieces[i + 1].Folded, out var unit) == true)
        {
            var t = int.Parse(tens, CultureInfo.InvariantCulture);
            var u = int.Parse(unit, CultureInfo.InvariantCulture);
            if (t % 10 == 0 && t >= 20 && u < 10)
            {
                end = i + 2;
                return t + u;
            }
        }

        return null;
    }

    public static bool IsDigits(string s)
    {
        if (s.Length == 0)
            return false;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }

        return true;
    }
}
