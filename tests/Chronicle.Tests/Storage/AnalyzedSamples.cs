using Chronicle.Articles;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Storage;

/// <summary>The real pipeline and the bundled sample dispatch as it analyzes it, made once for every store test that stores them.</summary>
internal static class AnalyzedSamples
{
    private static readonly Lazy<ArticlePipeline> SharedPipeline = new(() => ArticlePipeline.CreateDefault());

    private static readonly Lazy<AnalyzedArticle> SharedDispatch = new(() => Pipeline.Analyze(new RawArticle
    {
        Text = File.ReadAllText(RepoPaths.SampleDispatch), Date = new DateOnly(2024, 11, 20), Location = new InputLocation("sample"),
    }));

    public static ArticlePipeline Pipeline => SharedPipeline.Value;

    /// <summary>samples/dispatch.txt, dated 2024-11-20.</summary>
    public static AnalyzedArticle Dispatch => SharedDispatch.Value;
}
