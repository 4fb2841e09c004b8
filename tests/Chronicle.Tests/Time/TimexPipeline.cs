using Chronicle.Pipeline;
using Chronicle.Text;
using Chronicle.Time;

namespace Chronicle.Tests.Time;

/// <summary>Tokenizer, POS tagger, entity recognizer and time annotator, loaded once for the time tests.</summary>
internal static class TimexPipeline
{
    private static readonly Lazy<IAnnotator[]> Annotators = new(TimexAnnotator.WithPrerequisites);

    public static Doc Annotate(string text, DateOnly? date)
    {
        var doc = new Doc(text, date);
        foreach (var annotator in Annotators.Value)
            annotator.Annotate(doc);
        return doc;
    }

    /// <summary>Each expression as "text|TYPE|value".</summary>
    public static List<string> Find(string text, DateOnly? date) =>
        [.. Annotate(text, date).TimeExpressions.Select(t => $"{text[t.Start..t.End]}|{t.TypeName}|{t.Value}")];
}
