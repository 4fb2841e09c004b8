using System.Reflection;
using Chronicle.Text;

namespace Chronicle.Time;

/// <summary>
/// The time rules, compiled: each indexed by the words its pattern can start with (and numbers under
/// one key), so a sentence is matched with one dictionary lookup per word and only the rules that can
/// start there are tried. At each word the longest match wins (on a tie, a NONE rule, then the earlier rule), and matching
/// goes on after it. Built once, then read-only and thread-safe.
/// </summary>
internal sealed class TimeRules
{
    /// <summary>The index key of every piece that opens with a digit.</summary>
    private const string DigitKey = "\u0001digit";

    private readonly Dictionary<string, TimeRule[]> _byFirst;

    public TimeWords Words { get; }

    public int Count { get; }

    public TimeRules(TimeWords words, IReadOnlyList<TimeRule> rules)
    {
        Words = words;
        Count = rules.Count;
        var index = new Dictionary<string, List<TimeRule>>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var key in FirstKeys(rule).Distinct())
            {
                if (!index.TryGetValue(key, out var list))
                    index[key] = list = [];
                list.Add(rule);
            }
        }

        _byFirst = index.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The rules in data/time, loaded once.</summary>
    public static TimeRules Default => DefaultInstance.Value;

    private static readonly Lazy<TimeRules> DefaultInstance = new(() =>
    {
        var words = TimeWords.Read(Resource("words.txt"), "data/time/words.txt");
        return new TimeRules(words, TimeRuleFile.Read(Resource("rules.txt"), "data/time/rules.txt", words));
    });

    private static StreamReader Resource(string name) =>
        new(Assembly.GetExecutingAssembly().GetManifestResourceStream("Chronicle.Time." + name) ?? throw new InvalidOperationException($"data/time/{name} is not embedded."));

    /// <summary>Reads rules and words from files (for trying changes to the shipped ones).</summary>
    public static TimeRules Load(string wordsPath, string rulesPath)
    {
        using var wordsReader = new StreamReader(wordsPath);
        var words = TimeWords.Read(wordsReader, wordsPath);
        using var rulesReader = new StreamReader(rulesPath);
        return new TimeRules(words, TimeRuleFile.Read(rulesReader, rulesPath, words));
    }

    /// <summary>The time expressions of one sentence, in text order.</summary>
    public void Match(Doc doc, int sentenceIndex, List<TimePiece> pieces, List<TimeExpression> into)
    {
        var sentence = doc.Sentences[sentenceIndex];
        TimePieces.Of(doc, sentence, pieces);
        var context = new MatchContext(doc, sentence, pieces, Words);
        var captures = new string?[TimeRuleFile.MaxElements];
        var i = 0;
        while (i < pieces.Count)
        {
            var found = BestAt(doc, sentence, sentenceIndex, context, i, captures, into);
            // A word of a person's name is no date ("Jan Kavan", "April Smith"), but a date of more words
            // the entity recognizer ran a name into still is: "succeeds Mr. Davison Feb. 1".
            if (found is { } match && !(match.End == i + 1 && context.InPerson(i)))
            {
                if (match.Expression is { } expression)
                    into.Add(expression);
                i = match.End;
            }
            else
            {
                i++;
            }
        }
    }

    private (TimeExpression? Expression, int End)? BestAt(Doc doc, Sentence sentence, int sentenceIndex, MatchContext context, int i, string?[] captures, List<TimeExpression> before)
    {
        var piece = context.Pieces[i];
        var byWord = _byFirst.GetValueOrDefault(piece.Folded);
        var byDigit = piece.Folded.Length > 0 && (char.IsAsciiDigit(piece.Folded[0]) || piece.Folded.Length > 1 && piece.Folded[0] == '\'' && char.IsAsciiDigit(piece.Folded[1]))
            ? _byFirst.GetValueOrDefault(DigitKey) : null;
        if (byWord is null && byDigit is null)
            return null;

        // Longest first, then a NONE rule, then the earlier rule; a rule whose value cannot be computed gives way to the next.
        // Most words try a few rules and match none: the list is made only when one matches.
        List<(TimeRule Rule, int End, int ExtentEnd, string?[] Captures)>? matches = null;
        Collect(byWord, context, i, captures, ref matches);
        Collect(byDigit, context, i, captures, ref matches);
        if (matches is null)
            return null;
        foreach (var (rule, _, end, values) in matches.OrderByDescending(m => m.End).ThenBy(m => m.Rule.Type is null ? 0 : 1).ThenBy(m => m.Rule.Order))
        {
            // An extent ends where a word does: "a day" of "a day-long strike" is no expression, "day-long" is.
            if (end < context.Pieces.Count && context.Pieces[end].Token == context.Pieces[end - 1].Token)
                continue;
            if (rule.Type is not { } type)
                return (null, end);
            var first = context.Pieces[StartOfExtent(context, i, end)];
            var last = context.Pieces[end - 1];
            var time = new TimeContext(doc, sentence, first.Token, last.Token + 1, before);
            var resolved = rule.Value.Evaluate(values, time) switch
            {
                TimeValue v => v,
                string text => TimeValue.Of(text),
                _ => null,
            };
            if (resolved is null)
                continue;
            var point = resolved.IsPoint && type is TimexType.Date or TimexType.Time;
            var expression = new TimeExpression(first.Start, last.End, first.Token, last.Token + 1, sentenceIndex, type, resolved.Format(),
                point ? resolved.Precision : TimePrecision.None, point ? resolved.Anchor : null);
            return (expression, end);
        }

        return null;
    }

    /// <summary>
    /// Where the extent of a match at pieces[i..end) starts: past a leading comma or "of", which a rule's
    /// left-out optional words can leave first (", August 11" of "@weekday? ,? @month &lt;day&gt;", "of 1990"
    /// of "the? end? of? &lt;year&gt;"); TimeML extents hold no punctuation or prepositions at their edges.
    /// Nor an article before an expression written as one hyphenated adjective: "the" of "the third-quarter
    /// loss" and "a" of "a year-earlier profit" belong to the noun.
    /// </summary>
    private static int StartOfExtent(MatchContext context, int i, int end)
    {
        while (i < end - 1 && context.Pieces[i].Folded is "," or "of")
            i++;
        if (end - i > 2 && context.Pieces[i].Folded is "the" or "a" or "an" && context.EndsAdjective(end))
            i++;
        return i;
    }

    private static void Collect(TimeRule[]? rules, MatchContext context, int i, string?[] captures, ref List<(TimeRule, int, int, string?[])>? matches)
    {
        if (rules is null)
            return;
        foreach (var rule in rules)
        {
            var extentEnd = i;
            var end = MatchFrom(rule, 0, context, i, captures, ref extentEnd);
            if (end > i)
                (matches ??= []).Add((rule, end, rule.Extent == rule.Elements.Length ? end : extentEnd, captures[..rule.Elements.Length]));
        }
    }

    /// <summary>
    /// Matches elements [e..] at pieces[i..], greedily with backtracking; the end of the match, or -1. Where
    /// the words that must follow the expression begin is left in <paramref name="extentEnd"/> (the last
    /// value written there is the successful path's).
    /// </summary>
    private static int MatchFrom(TimeRule rule, int e, MatchContext context, int i, string?[] captures, ref int extentEnd)
    {
        var elements = rule.Elements;
        if (e == rule.Extent)
            extentEnd = i;
        if (e == elements.Length)
            return i;
        var element = elements[e];
        if (i < context.Pieces.Count && element.Match(context, i, out var end, out var value))
        {
            captures[e] = value;
            var rest = MatchFrom(rule, e + 1, context, end, captures, ref extentEnd);
            if (rest >= 0)
                return rest;
        }

        if (!element.Optional)
            return -1;
        captures[e] = null;
        return MatchFrom(rule, e + 1, context, i, captures, ref extentEnd);
    }

    /// <summary>The index keys of the words a rule can start with: those of each element up to the first that must be there.</summary>
    private IEnumerable<string> FirstKeys(TimeRule rule)
    {
        foreach (var element in rule.Elements)
        {
            foreach (var key in Keys(element))
                yield return key;
            if (!element.Optional)
                yield break;
        }
    }

    private IEnumerable<string> Keys(RuleElement element)
    {
        var numbers = Words.Find("number")?.Values.Keys ?? Enumerable.Empty<string>();
        var ordinals = Words.Find("ordinal")?.Values.Keys ?? Enumerable.Empty<string>();
        return element.Kind switch
        {
            ElementKind.Words => element.Words!,
            ElementKind.Class => element.Class!.Values.Keys,
            ElementKind.Number => numbers.Append(DigitKey),
            ElementKind.Ordinal or ElementKind.Day => numbers.Concat(ordinals).Append(DigitKey),
            _ => [DigitKey],
        };
    }
}
