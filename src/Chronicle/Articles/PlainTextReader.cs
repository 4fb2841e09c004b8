namespace Chronicle.Articles;

/// <summary>A plain text file is one article; its title, if any, is found later by the layout stage.</summary>
internal sealed class PlainTextReader : IArticleReader
{
    public InputFormat Format => InputFormat.Text;

    public IEnumerable<ReadResult> Read(InputDocument document, CancellationToken ct)
    {
        yield return new RawArticle { Text = document.ReadText(), Location = document.Location };
    }
}
