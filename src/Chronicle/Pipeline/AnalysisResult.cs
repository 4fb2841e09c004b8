using Chronicle.Articles;

namespace Chronicle.Pipeline;

/// <summary>One item out of <see cref="ArticleStream"/>: an analyzed article, or the error that stood in its place.</summary>
public readonly record struct AnalysisResult(AnalyzedArticle? Article, InputError? Error);
