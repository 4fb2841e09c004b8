namespace Chronicle.Articles;

/// <summary>Turns one checked input document of one format into articles, and errors for the parts it cannot read.</summary>
internal interface IArticleReader
{
    InputFormat Format { get; }

    IEnumerable<ReadResult> Read(InputDocument document, CancellationToken ct);
}
