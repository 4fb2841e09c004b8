using Chronicle.Actors;
using Chronicle.Articles;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Actors;

/// <summary>One coded actor mention as tests look at it.</summary>
internal sealed record CodedActor(int Story, string Text, string? Code, ActorVia Via, string? Name, MentionKind Kind);

/// <summary>The full pipeline (shipped models, built-in actor knowledge), loaded once for the actor tests.</summary>
internal static class ActorPipeline
{
    private static readonly Lazy<ArticlePipeline> Default = new(() => ArticlePipeline.CreateDefault());

    public static List<CodedActor> Code(string text, DateOnly? date = null, ArticlePipeline? pipeline = null)
    {
        var analyzed = (pipeline ?? Default.Value).Analyze(new RawArticle { Text = text, Date = date, Location = new InputLocation("test") });
        Assert.True(analyzed.Annotated, $"read as '{analyzed.Language}'");
        return
        [
            .. analyzed.Stories.SelectMany(s => s.Doc.Actors.Select(m =>
                new CodedActor(s.Story.Index, s.Doc.Text[m.Start..m.End], m.Code?.Value, m.Via, m.Name, m.Kind))),
        ];
    }

    /// <summary>The code of the first mention whose text is <paramref name="text"/>, failing when there is none.</summary>
    public static CodedActor Find(this List<CodedActor> actors, string text) =>
        actors.FirstOrDefault(a => a.Text == text) ?? throw new Xunit.Sdk.XunitException($"no mention \"{text}\" among: {string.Join(" | ", actors.Select(a => $"{a.Text}={a.Code}"))}");

    /// <summary>Every mention whose text is <paramref name="text"/>.</summary>
    public static List<CodedActor> All(this List<CodedActor> actors, string text) => [.. actors.Where(a => a.Text == text)];
}
