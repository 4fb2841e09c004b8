using Chronicle.Articles;
using Chronicle.Pipeline;

namespace Chronicle.Evaluation;

/// <summary>Counts of one category of PETRARCH validation records, as UD-PETRARCH reports them.</summary>
/// <param name="Correct">Expected events coded exactly (source, target, event code).</param>
/// <param name="Uncoded">Expected events not coded.</param>
/// <param name="Extra">Coded events no record expected.</param>
public sealed record PetrarchCategoryScore(string Category, int Records, int Expected, int Correct, int Uncoded, int Extra)
{
    public double Found => Expected == 0 ? 0 : (double)Correct / Expected;

    /// <summary>Extra events per expected event, as UD-PETRARCH's "extra" percentage reads.</summary>
    public double ExtraShare => Expected == 0 ? 0 : (double)Extra / Expected;
}

/// <summary>
/// Scores the pipeline on PETRARCH validation records: each scored record's text is coded as an article
/// of its date, and its coded events (source code, target code, CAMEO code) are compared with the
/// record's expected codings, as UD-PETRARCH's validation does: Correct, Uncoded and Extra per category.
/// Records expecting no events count their coded events as Extra.
/// </summary>
public static class PetrarchEvaluation
{
    public static List<PetrarchCategoryScore> Run(ArticlePipeline pipeline, PetrarchRecordFile file, Action<PetrarchRecord, IReadOnlyList<(string Source, string Target, string Code)>>? each = null)
    {
        var byCategory = new Dictionary<string, (int Records, int Expected, int Correct, int Uncoded, int Extra)>(StringComparer.Ordinal);
        foreach (var record in file.Records.Where(file.IsScored))
        {
            var analyzed = pipeline.Analyze(record.ToArticle());
            var coded = analyzed.Stories
                .SelectMany(s => s.Doc.Events.Select(e => (
                    Source: e.Source is { } i ? s.Doc.Actors[i].Code?.Value ?? "---" : "---",
                    Target: e.Target is { } j ? s.Doc.Actors[j].Code?.Value ?? "---" : "---",
                    Code: e.Code.Code)))
                .Distinct()
                .ToList();
            each?.Invoke(record, coded);
            var expected = record.Expected.Where(x => !x.NoEvents && x.EventCode is not null).Select(x => (Source: x.SourceCode ?? "---", Target: x.TargetCode ?? "---", Code: x.EventCode!)).ToList();
            var correct = expected.Count(x => coded.Contains(x));
            var category = record.Category ?? "(none)";
            var counts = byCategory.GetValueOrDefault(category);
            byCategory[category] = (counts.Records + 1, counts.Expected + expected.Count, counts.Correct + correct, counts.Uncoded + expected.Count - correct,
                counts.Extra + coded.Count(c => !expected.Contains(c)));
        }

        var scores = byCategory.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new PetrarchCategoryScore(c.Key, c.Value.Records, c.Value.Expected, c.Value.Correct, c.Value.Uncoded, c.Value.Extra))
            .ToList();
        scores.Add(new PetrarchCategoryScore("all", scores.Sum(s => s.Records), scores.Sum(s => s.Expected), scores.Sum(s => s.Correct), scores.Sum(s => s.Uncoded), scores.Sum(s => s.Extra)));
        return scores;
    }
}
