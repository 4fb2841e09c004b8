using Chronicle.Articles;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Events;

/// <summary>One coded event as tests look at it: source and target text and code, CAMEO code.</summary>
internal sealed record TestEvent(string? Source, string? SourceCode, string Cameo, string? Target, string? TargetCode, double Confidence);

/// <summary>The full pipeline, loaded once for the event tests.</summary>
internal static class EventPipeline
{
    private static readonly Lazy<ArticlePipeline> Default = new(() => ArticlePipeline.CreateDefault());

    /// <summary>The shared pipeline itself, for tests that run an evaluation over it.</summary>
    public static ArticlePipeline Pipeline => Default.Value;

    public static List<TestEvent> Code(string text, DateOnly? date = null) => Code(Default.Value, text, date);

    public static List<TestEvent> Code(ArticlePipeline pipeline, string text, DateOnly? date = null)
    {
        var analyzed = pipeline.Analyze(new RawArticle { Text = text, Date = date ?? new DateOnly(2024, 5, 2), Location = new InputLocation("test") });
        return
        [
            .. analyzed.Stories.SelectMany(s => s.Doc.Events.Select(e => new TestEvent(
                e.Source is { } i ? s.Doc.Text[s.Doc.Actors[i].Start..s.Doc.Actors[i].End] : null,
                e.Source is { } j ? s.Doc.Actors[j].Code?.Value : null,
                e.Code.Code,
                e.Target is { } k ? s.Doc.Text[s.Doc.Actors[k].Start..s.Doc.Actors[k].End] : null,
                e.Target is { } l ? s.Doc.Actors[l].Code?.Value : null,
                e.Confidence))),
        ];
    }

    /// <summary>The events whose CAMEO code starts with <paramref name="root"/>.</summary>
    public static List<TestEvent> WithCode(this List<TestEvent> events, string root) =>
        [.. events.Where(e => e.Cameo.StartsWith(root, StringComparison.Ordinal))];
}
