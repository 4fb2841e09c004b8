using System.Globalization;

namespace Chronicle.Time;

/// <summary>What one element of a rule's pattern matches.</summary>
internal enum ElementKind
{
    /// <summary>One of a few words: "last|past".</summary>
    Words,

    /// <summary>A word of a class in words.txt: "@month".</summary>
    Class,

    /// <summary>A count: "14", "two", "twenty five".</summary>
    Number,

    /// <summary>An ordinal: "14th", "third".</summary>
    Ordinal,

    /// <summary>A day of a month: 1 to 31, as a number or an ordinal.</summary>
    Day,

    /// <summary>A year in four digits, 1000 to 2199.</summary>
    Year,

    /// <summary>A clock time: "12:30".</summary>
    Clock,

    /// <summary>An ISO date: "2023-02-23".</summary>
    IsoDate,

    /// <summary>A decade: "1990s", "90s".</summary>
    Decade,
}

/// <summary>
/// One element of a rule's pattern, with the name its match is read by in the value expression (the
/// class or kind name unless the rule names it: "from=@weekday"), and whether it may be left out.
/// </summary>
internal sealed record RuleElement(ElementKind Kind, string Name, bool Optional, HashSet<string>? Words = null, TimeWords.WordClass? Class = null)
{
    /// <summary>The kinds written in angle brackets, by name.</summary>
    public static readonly Dictionary<string, ElementKind> Kinds = new(StringComparer.Ordinal)
    {
        ["num"] = ElementKind.Number,
        ["ord"] = ElementKind.Ordinal,
        ["day"] = ElementKind.Day,
        ["year"] = ElementKind.Year,
        ["clock"] = ElementKind.Clock,
        ["iso"] = ElementKind.IsoDate,
        ["decade"] = ElementKind.Decade,
    };

    /// <summary>Whether the element matches at pieces[i]; the pieces it took end at <paramref name="end"/> and what it read is <paramref name="value"/>.</summary>
    public bool Match(MatchContext context, int i, out int end, out string? value)
    {
        var pieces = context.Pieces;
        var piece = pieces[i];
        end = i + 1;
        value = null;
        switch (Kind)
        {
            case ElementKind.Words:
                return Words!.Contains(piece.Folded);
            case ElementKind.Class:
                if (Class!.Capitalized && !piece.Capitalized || !Class.Values.TryGetValue(piece.Folded, out value))
                    return false;
                // "May" the modal, "March" the verb, even when capitalized at a sentence's start.
                return !Class.Capitalized || context.Tag(piece) is not ("MD" or "VB" or "VBP");
            case ElementKind.Number:
                return Text(NumberWords.Cardinal(pieces, i, context.Numbers, out end), out value);
            case ElementKind.Ordinal:
                return Text(NumberWords.Ordinal(pieces, i, context.Numbers, context.Ordinals, out end), out value);
            case ElementKind.Day:
                var day = NumberWords.IsDigits(piece.Folded) ? NumberWords.Cardinal(pieces, i, null, out end) : NumberWords.Ordinal(pieces, i, context.Numbers, context.Ordinals, out end);
                return day is >= 1 and <= 31 && Text(day, out value);
            case ElementKind.Year:
                return IsYear(context, i) && Text(int.Parse(piece.Folded, CultureInfo.InvariantCulture), out value);
            case ElementKind.Clock:
                return IsClock(piece.Folded) && (value = piece.Folded) is not null;
            case ElementKind.IsoDate:
                return DateOnly.TryParseExact(piece.Folded, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && (value = piece.Folded) is not null;
            default:
                return IsDecade(piece.Folded, out value);
        }
    }

    private static bool Text(int? number, out string? value)
    {
        value = number?.ToString(CultureInfo.InvariantCulture);
        return number is not null;
    }

    /// <summary>Four digits from 1000 to 2199 that are not an amount ("$1990") or a count ("2000 people").</summary>
    private static bool IsYear(MatchContext context, int i)
    {
        var folded = context.Pieces[i].Folded;
        if (folded.Length != 4 || !NumberWords.IsDigits(folded) || folded[0] is not ('1' or '2') || folded[0] == '2' && folded[1] > '1')
            return false;
        var before = i > 0 ? context.Pieces[i - 1].Folded : "";
        if (before is "$" or "#" or "no" or "number")
            return false;
        // "2000 people" is a count, "fiscal 1989 results" a year.
        return before is "in" or "since" or "of" or "by" or "until" or "during" or "from" or "before" or "after" or "fiscal" or "'s" or "early" or "late" or "mid"
            || i + 1 >= context.Pieces.Count || context.Tag(context.Pieces[i + 1]) is not ("NNS" or "NNPS") || context.Pieces[i + 1].Token == context.Pieces[i].Token;
    }

    private static bool IsClock(string s) =>
        s.Length is 4 or 5 && s[^3] == ':' && NumberWords.IsDigits(s[..^3]) && NumberWords.IsDigits(s[^2..]) && int.Parse(s[..^3], CultureInfo.InvariantCulture) <= 24 && s[^2] <= '5';

    /// <summary>"1990s" is 199, "90s" and "'90s" are 199 too (the last century, as news of the 2000s writes them).</summary>
    private static bool IsDecade(string s, out string? value)
    {
        value = null;
        var digits = s.TrimStart('\'');
        if (digits.Length is not (3 or 5) || digits[^1] != 's' || digits[^2] != '0' || !NumberWords.IsDigits(digits[..^1]))
            return false;
        value = digits.Length == 5 ? digits[..3] : "19" + digits[0];
        return true;
    }
}
