using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>
/// PETRARCH's comma-clause options: stretches of a sentence set off by commas whose length in words falls
/// within a range are left out of coding, as asides ("Osgiliath, the state's fiercest foe, ...") and
/// attributions (", a senior official said on Saturday") usually are; a member of a list is kept. A range
/// whose maximum is 0 is off.
/// </summary>
/// <param name="Min">Internal stretches (between two commas): the shortest left out.</param>
/// <param name="Max">Internal stretches: the longest left out.</param>
/// <param name="BeginMin">The stretch before the first comma: the shortest left out.</param>
/// <param name="BeginMax">The stretch before the first comma: the longest left out.</param>
/// <param name="EndMin">The stretch after the last comma: the shortest left out.</param>
/// <param name="EndMax">The stretch after the last comma: the longest left out.</param>
public sealed record CommaClauses(int Min, int Max, int BeginMin, int BeginMax, int EndMin, int EndMax)
{
    /// <summary>PETRARCH's own defaults (from TABARI): internal and final stretches of 2 to 8 words, none at the start.</summary>
    public static CommaClauses PetrarchDefaults { get; } = new(2, 8, 0, 0, 2, 8);

    /// <summary>The settings' comma_* values over PETRARCH's defaults; null when the settings name none.</summary>
    public static CommaClauses? From(IReadOnlyDictionary<string, string> settings)
    {
        if (!settings.Keys.Any(k => k.StartsWith("comma_", StringComparison.Ordinal)))
            return null;
        var d = PetrarchDefaults;
        return new(Read(settings, "comma_min", d.Min), Read(settings, "comma_max", d.Max), Read(settings, "comma_bmin", d.BeginMin),
            Read(settings, "comma_bmax", d.BeginMax), Read(settings, "comma_emin", d.EndMin), Read(settings, "comma_emax", d.EndMax));
    }

    private static int Read(IReadOnlyDictionary<string, string> settings, string name, int fallback) =>
        settings.TryGetValue(name, out var value) && int.TryParse(value.Trim(), out var number) && number >= 0 ? number : fallback;

    /// <summary>The tokens of the sentence that fall in a stretch left out (its commas included).</summary>
    public HashSet<int> LeftOut(Doc doc, Sentence sentence)
    {
        var commas = new List<int>();
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (doc[doc.Tokens[i]] is ",")
                commas.Add(i);
        }

        var left = new HashSet<int>();
        if (commas.Count == 0)
            return left;
        for (var c = 0; c + 1 < commas.Count; c++)
        {
            // "Mordor, the awful Arnor, and good Gondor": a member of a list is no aside.
            var next = commas[c + 1] + 1;
            if (next < sentence.EndToken && doc[doc.Tokens[next]] is "and" or "or")
                continue;
            Consider(doc, sentence, left, commas[c], commas[c + 1], Min, Max);
        }

        Consider(doc, sentence, left, commas[^1], sentence.EndToken, EndMin, EndMax);
        Consider(doc, sentence, left, sentence.FirstToken, commas[0] + 1, BeginMin, BeginMax);
        return left;
    }

    /// <summary>
    /// Leaves out [first, end) when the words in it number between min and max, unless it ends a list
    /// ("..., Arnor and Bree") or holds the sentence's only verbs ("X, the force in the region, arrested Y").
    /// </summary>
    private static void Consider(Doc doc, Sentence sentence, HashSet<int> left, int first, int end, int min, int max)
    {
        var verbElsewhere = false;
        for (var i = sentence.FirstToken; i < sentence.EndToken && !verbElsewhere; i++)
            verbElsewhere = (i < first || i >= end) && !left.Contains(i) && doc.PosTags[i].StartsWith("VB", StringComparison.Ordinal);
        if (!verbElsewhere)
            return;
        for (var i = first; i < end; i++)
        {
            if (doc.PosTags[i].StartsWith("VB", StringComparison.Ordinal))
                break;
            if (doc[doc.Tokens[i]] is "and" or "or")
                return;
        }

        var words = 0;
        for (var i = first; i < end; i++)
            words += doc.Tokens[i].Kind == TokenKind.Word ? 1 : 0;
        if (max > 0 && words >= min && words <= max)
        {
            for (var i = first; i < end; i++)
                left.Add(i);
        }
    }
}
