using Chronicle.Articles;
using Chronicle.Stories;
using Chronicle.Text;

namespace Chronicle.Pipeline;

/// <summary>A story and the <see cref="Doc"/> the pipeline built over its text.</summary>
public sealed record AnalyzedStory(Story Story, Doc Doc);

/// <summary>An article after the pipeline: its stories, each with its annotated text.</summary>
public sealed class AnalyzedArticle
{
    public required Article Article { get; init; }

    /// <summary>ISO 639-1 code of the detected language, or "und" when it could not be told.</summary>
    public required string Language { get; init; }

    /// <summary>False for articles in a language the annotators do not read: they are stored but not annotated.</summary>
    public required bool Annotated { get; init; }

    public required IReadOnlyList<AnalyzedStory> Stories { get; init; }

    public int SentenceCount => Stories.Sum(s => s.Doc.Sentences.Count);
}
