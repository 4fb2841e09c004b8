using Chronicle.Pipeline;
using Chronicle.Tagging;
using Chronicle.Text;

namespace Chronicle.Time;

/// <summary>
/// The time-expression annotator: finds TIMEX3 expressions (DATE, TIME, DURATION, SET) in each
/// sentence by the rules in data/time and resolves their values against the Doc's date, reading the
/// sentence's tense from its POS tags. Reads tokens and POS tags; adds the time-expression layer.
/// </summary>
public sealed class TimexAnnotator : IAnnotator
{
    private readonly TimeRules _rules;

    [ThreadStatic]
    private static List<TimePiece>? t_pieces;

    /// <summary>An annotator with the rules shipped in data/time.</summary>
    public TimexAnnotator() : this(TimeRules.Default)
    {
    }

    internal TimexAnnotator(TimeRules rules) => _rules = rules;

    public string Name => "timex";

    /// <summary>
    /// The annotators time expressions need, in flow order, with the shipped models: tokenizer, POS tagger
    /// (for tense), entity recognizer (a person's name is no date: "April Smith") and this annotator.
    /// </summary>
    public static IAnnotator[] WithPrerequisites() =>
        [new TokenizerAnnotator(), new PosTagger(ModelCatalog.Load("pos")), new EntityRecognizer(ModelCatalog.Load("ontonotes")), new TimexAnnotator()];

    public void Annotate(Doc doc)
    {
        var pieces = t_pieces ??= [];
        var found = new List<TimeExpression>();
        for (var s = 0; s < doc.Sentences.Count; s++)
            _rules.Match(doc, s, pieces, found);
        doc.SetTimeExpressions([.. found]);
    }
}
