using System.Text.RegularExpressions;

namespace Chronicle.Stories;

/// <summary>Lines a web page adds around an article that are not part of it: view, comment and share counters.</summary>
internal static partial class PageFurniture
{
    public static bool IsCounter(ReadOnlySpan<char> line) => CounterPattern().IsMatch(line);

    // A bare number ("754", "1,204"), optionally with the word it counts ("12 comments", "Views: 3.4k").
    [GeneratedRegex(@"^(?:(?:views?|comments?|shares?|likes?|reads?|replies)\s*:?\s*)?\d[\d,.]*[kKmM]?(?:\s*(?:views?|comments?|shares?|likes?|reads?|replies))?$", RegexOptions.IgnoreCase)]
    private static partial Regex CounterPattern();
}
