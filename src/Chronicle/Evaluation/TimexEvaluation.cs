using Chronicle.Pipeline;
using Chronicle.Text;
using Chronicle.Time;

namespace Chronicle.Evaluation;

/// <summary>Precision, recall and F1 of one kind of match.</summary>
public sealed record MatchScore(int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// The time-expression scores TempEval-3 reports: extents matched exactly (strict) or by overlap
/// (relaxed); of the relaxed matches, those with the right type and the right value, scored as F1
/// over all found and all gold expressions; and the type accuracy over the relaxed matches.
/// </summary>
public sealed record TimexScores(MatchScore Strict, MatchScore Relaxed, MatchScore Type, MatchScore Value)
{
    /// <summary>Of the expressions whose extent overlaps a gold one, the share with its type.</summary>
    public double TypeAccuracy => Relaxed.Correct == 0 ? 0 : (double)Type.Correct / Relaxed.Correct;
}

/// <summary>A difference between found and gold: a gold expression missed, one found that is not gold, a match with another type or value ("wrong"), or one right but for its extent ("extent").</summary>
public sealed record TimexDifference(string Document, string Kind, string Text, string? GoldType, string? GoldValue, string? FoundType, string? FoundValue);

/// <summary>Scores time expressions on TimeML gold documents (TimeBank, AQUAINT, TempEval-3) as TempEval-3's scorer does.</summary>
public static class TimexEvaluation
{
    /// <summary>Runs <paramref name="annotators"/> (tokenizer, POS, time) over each document with its creation date and scores what they found.</summary>
    public static (TimexScores Scores, List<TimexDifference> Differences) Run(IReadOnlyList<IAnnotator> annotators, IEnumerable<TimeMlDocument> documents)
    {
        int found = 0, gold = 0, strict = 0, relaxed = 0, typed = 0, valued = 0;
        var differences = new List<TimexDifference>();
        foreach (var document in documents)
        {
            var doc = new Doc(document.Text, document.Dct);
            foreach (var annotator in annotators)
                annotator.Annotate(doc);
            var system = doc.TimeExpressions;
            found += system.Count;
            gold += document.Timexes.Count;
            var taken = new bool[document.Timexes.Count];
            foreach (var timex in system)
            {
                var text = document.Text[timex.Start..timex.End];
                var match = -1;
                for (var g = 0; g < document.Timexes.Count; g++)
                {
                    var candidate = document.Timexes[g];
                    if (taken[g] || candidate.End <= timex.Start || candidate.Start >= timex.End)
                        continue;
                    // An exact extent is preferred to a mere overlap.
                    if (match < 0 || candidate.Start == timex.Start && candidate.End == timex.End)
                        match = g;
                }

                if (match < 0)
                {
                    differences.Add(new TimexDifference(document.Name, "extra", text, null, null, timex.TypeName, timex.Value));
                    continue;
                }

                taken[match] = true;
                var g0 = document.Timexes[match];
                relaxed++;
                if (g0.Start == timex.Start && g0.End == timex.End)
                    strict++;
                if (g0.Type == timex.TypeName)
                    typed++;
                if (g0.Value == timex.Value)
                    valued++;
                if (g0.Type != timex.TypeName || g0.Value != timex.Value)
                    differences.Add(new TimexDifference(document.Name, "wrong", $"{text} | gold: {document.Text[g0.Start..g0.End]}", g0.Type, g0.Value, timex.TypeName, timex.Value));
                else if (g0.Start != timex.Start || g0.End != timex.End)
                    differences.Add(new TimexDifference(document.Name, "extent", $"{text} | gold: {document.Text[g0.Start..g0.End]}", g0.Type, g0.Value, timex.TypeName, timex.Value));
            }

            for (var g = 0; g < taken.Length; g++)
            {
                if (!taken[g])
                {
                    var missed = document.Timexes[g];
                    differences.Add(new TimexDifference(document.Name, "missed", document.Text[missed.Start..missed.End], missed.Type, missed.Value, null, null));
                }
            }
        }

        var scores = new TimexScores(new MatchScore(strict, found, gold), new MatchScore(relaxed, found, gold), new MatchScore(typed, found, gold), new MatchScore(valued, found, gold));
        return (scores, differences);
    }
}
