namespace Chronicle.Articles;

/// <summary>An HTML page is one article: its main text and the metadata its tags state.</summary>
internal sealed class HtmlReader : IArticleReader
{
    public InputFormat Format => InputFormat.Html;

    public IEnumerable<ReadResult> Read(InputDocument document, CancellationToken ct)
    {
        yield return HtmlExtractor.Extract(document.ReadText(), document.Url, document.Location).ToArticle(document.Location);
    }
}
