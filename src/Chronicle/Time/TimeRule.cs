namespace Chronicle.Time;

/// <summary>
/// One rule of data/time/rules.txt: a pattern of elements, the TIMEX3 type it gives, and how its value
/// is computed. A rule with no type (NONE) marks words that look like time but are not ("a 6-year-old").
/// </summary>
/// <param name="Extent">How many of the elements make the expression; the rest are words that must follow it but are
/// not part of it ("the year" of "the year / ended").</param>
/// <param name="Order">Its place in the file: of two matches of the same length, the earlier rule wins.</param>
/// <param name="Source">"file:line", for messages.</param>
internal sealed record TimeRule(TimexType? Type, RuleElement[] Elements, int Extent, ValueExpression Value, int Order, string Source);
