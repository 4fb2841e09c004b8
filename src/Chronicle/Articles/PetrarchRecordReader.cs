namespace Chronicle.Articles;

/// <summary>
/// PETRARCH validation records (<c>--input-format petrarch-xml</c>): each <c>&lt;Sentence&gt;</c> record is
/// one article with the record's id and date, and its <c>&lt;Text&gt;</c> as the text; the
/// <c>&lt;Config&gt;</c> options in force travel with it. Streamed; a malformed record is an error with
/// its line, and the records around it are still read.
/// </summary>
internal sealed class PetrarchRecordReader : IArticleReader
{
    public InputFormat Format => InputFormat.PetrarchXml;

    public IEnumerable<ReadResult> Read(InputDocument document, CancellationToken ct)
    {
        foreach (var result in new PetrarchRecordScanner(document.Location).Scan(document.ReadLines(), ct))
            yield return result.Record is { } record ? record.ToArticle() : result.Error!;
    }
}
