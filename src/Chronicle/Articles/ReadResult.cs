namespace Chronicle.Articles;

/// <summary>One item a reader yields: an article, or the error that stood in its place.</summary>
public readonly record struct ReadResult
{
    public RawArticle? Article { get; private init; }

    public InputError? Error { get; private init; }

    public static ReadResult Of(RawArticle article) => new() { Article = article };

    public static ReadResult Of(InputError error) => new() { Error = error };

    public static implicit operator ReadResult(RawArticle article) => Of(article);

    public static implicit operator ReadResult(InputError error) => Of(error);
}
