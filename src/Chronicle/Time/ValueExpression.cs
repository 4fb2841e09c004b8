using System.Text;

namespace Chronicle.Time;

/// <summary>
/// The value side of a rule, parsed once: a function call ("date(year, month, day)"), a capture read
/// by name (negated with "-": "shift(unit, -num)"), "_" for nothing, or literal text in which "{name}"
/// stands for a capture ("XXXX-WXX-{weekday}", "PRESENT_REF", "Y").
/// </summary>
internal abstract record ValueExpression
{
    /// <summary>The value: a <see cref="TimeValue"/>, text, or null; null from a call means the rule does not apply.</summary>
    public abstract object? Evaluate(string?[] captures, TimeContext context);

    /// <summary>Parses <paramref name="text"/>; captures are read by the names in <paramref name="names"/> (an element's index by name).</summary>
    public static ValueExpression Parse(string text, IReadOnlyDictionary<string, int> names)
    {
        var position = 0;
        var expression = ParseAt(text, ref position, names);
        SkipSpaces(text, ref position);
        if (position != text.Length)
            throw new FormatException($"unexpected '{text[position..]}' after the value");
        return expression;
    }

    private static ValueExpression ParseAt(string text, ref int position, IReadOnlyDictionary<string, int> names)
    {
        SkipSpaces(text, ref position);
        var start = position;
        while (position < text.Length && text[position] is not ('(' or ')' or ',' or ' '))
            position++;
        var word = text[start..position];
        if (word.Length == 0)
            throw new FormatException($"expected a value at '{text[start..]}'");
        SkipSpaces(text, ref position);
        if (position < text.Length && text[position] == '(')
        {
            var function = TimeFunctions.Find(word) ?? throw new FormatException($"unknown function '{word}' (known: {string.Join(", ", TimeFunctions.Names)})");
            position++;
            var args = new List<ValueExpression>();
            SkipSpaces(text, ref position);
            while (position < text.Length && text[position] != ')')
            {
                args.Add(ParseAt(text, ref position, names));
                SkipSpaces(text, ref position);
                if (position < text.Length && text[position] == ',')
                    position++;
            }

            if (position >= text.Length)
                throw new FormatException($"'{word}(' is not closed");
            position++;
            if (args.Count < function.MinArgs || args.Count > function.MaxArgs)
                throw new FormatException($"{word} takes {function.MinArgs} to {function.MaxArgs} arguments, not {args.Count}");
            return new Call(function, [.. args]);
        }

        if (word == "_")
            return new Nothing();
        var negate = word.StartsWith('-') && names.ContainsKey(word[1..]);
        if (names.TryGetValue(negate ? word[1..] : word, out var index))
            return new Capture(index, negate);
        return Template.Of(word, names);
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && text[position] == ' ')
            position++;
    }

    private sealed record Nothing : ValueExpression
    {
        public override object? Evaluate(string?[] captures, TimeContext context) => null;
    }

    private sealed record Capture(int Index, bool Negate) : ValueExpression
    {
        public override object? Evaluate(string?[] captures, TimeContext context) =>
            Negate && captures[Index] is { } text ? (text.StartsWith('-') ? text[1..] : "-" + text) : captures[Index];
    }

    /// <summary>Literal text with "{name}" holes for captures.</summary>
    private sealed record Template(string[] Parts, int[] Holes) : ValueExpression
    {
        public static Template Of(string text, IReadOnlyDictionary<string, int> names)
        {
            var parts = new List<string>();
            var holes = new List<int>();
            var at = 0;
            while (text.IndexOf('{', at) is var open and >= 0)
            {
                var close = text.IndexOf('}', open);
                if (close < 0 || !names.TryGetValue(text[(open + 1)..close], out var index))
                    throw new FormatException($"'{text}': a '{{name}}' must name an element of the pattern");
                parts.Add(text[at..open]);
                holes.Add(index);
                at = close + 1;
            }

            parts.Add(text[at..]);
            return new Template([.. parts], [.. holes]);
        }

        public override object? Evaluate(string?[] captures, TimeContext context)
        {
            if (Holes.Length == 0)
                return Parts[0];
            var text = new StringBuilder(Parts[0]);
            for (var i = 0; i < Holes.Length; i++)
            {
                if (captures[Holes[i]] is not { } value)
                    return null;
                text.Append(value).Append(Parts[i + 1]);
            }

            return text.ToString();
        }
    }

    private sealed record Call(TimeFunction Function, ValueExpression[] Args) : ValueExpression
    {
        public override object? Evaluate(string?[] captures, TimeContext context)
        {
            var values = new object?[Args.Length];
            for (var i = 0; i < Args.Length; i++)
                values[i] = Args[i].Evaluate(captures, context);
            return Function.Apply(values, context);
        }
    }
}
