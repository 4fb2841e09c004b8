using System.Text.RegularExpressions;

namespace Chronicle.Places;

/// <summary>
/// Place names the entity recognizer may miss but the words after them give away: a capitalized name
/// followed by a kind word ("the Diraz village", "Abd al-Kuri island", "Abyan province") that the
/// gazetteer knows.
/// </summary>
internal static partial class KindWordNames
{
    private const int MaxWords = 4;

    // Lower-case words inside names: the Arabic article and Romance or Semitic particles.
    private static readonly HashSet<string> Particles = ["al", "el", "ad", "as", "ar", "an", "bin", "ibn", "bani", "de", "del", "da", "do", "dos"];

    [GeneratedRegex(@"\b(village|town|city|island|islands|province|governorate|district|region|county)\b", RegexOptions.CultureInvariant)]
    private static partial Regex KindWord();

    /// <summary>The names found, as spans not overlapping <paramref name="taken"/>.</summary>
    public static List<PlaceSpan> Find(Gazetteer gazetteer, string text, IReadOnlyList<PlaceSpan> taken)
    {
        var found = new List<PlaceSpan>();
        foreach (Match match in KindWord().Matches(text))
        {
            var starts = WordStartsBefore(text, match.Index);
            var end = starts.Count == 0 ? -1 : NameEnd(text, match.Index);
            for (var w = starts.Count - 1; w >= 0; w--)
            {
                var span = new PlaceSpan(starts[w], end);
                if (!char.IsUpper(text[span.Start]) || Overlaps(span, taken) || Overlaps(span, found))
                    continue;
                var key = PlaceName.Key(text.AsSpan(span.Start, span.End - span.Start));
                if (!gazetteer.Find(key).IsEmpty || (PlaceName.WithoutArticle(key) is { } bare && !gazetteer.Find(bare).IsEmpty))
                {
                    found.Add(span);
                    break;
                }
            }
        }

        return found;
    }

    // Starts of the words of the name before the kind word, nearest first: capitalized words, hyphened
    // parts ("al-Kuri") and particles inside, at most MaxWords.
    private static List<int> WordStartsBefore(string text, int kindStart)
    {
        var starts = new List<int>();
        var i = kindStart - 1;
        if (i < 0 || text[i] != ' ')
            return starts;
        while (starts.Count < MaxWords && i > 0 && text[i] == ' ')
        {
            var end = i;
            var start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\'' or '\u2019'))
                start--;
            if (start == end)
                break;
            var word = text[start..end];
            var capitalized = word.Split('-').Any(part => part.Length > 0 && char.IsUpper(part[0]));
            if (!capitalized && !Particles.Contains(word.ToLowerInvariant()))
                break;
            if (capitalized)
                starts.Add(start);
            i = start - 1;
        }

        return starts;
    }

    private static int NameEnd(string text, int kindStart)
    {
        var end = kindStart;
        while (end > 0 && text[end - 1] == ' ')
            end--;
        return end;
    }

    private static bool Overlaps(PlaceSpan span, IReadOnlyList<PlaceSpan> spans)
    {
        foreach (var other in spans)
        {
            if (span.Start < other.End && other.Start < span.End)
                return true;
        }

        return false;
    }
}
