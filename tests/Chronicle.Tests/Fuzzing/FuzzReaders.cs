using Chronicle.Articles;

namespace Chronicle.Tests.Fuzzing;

/// <summary>One reader of each format, as <see cref="ArticleInputs"/> holds them, with limits that mutated inputs reach.</summary>
internal sealed class FuzzReaders : IDisposable
{
    /// <summary>
    /// Documents and lines over 1 MB are refused, so that inputs the mutations grow to 2 MB meet the
    /// limit; fetches (which corpus links never ask for) give up quickly.
    /// </summary>
    public static readonly ReaderOptions Options = new() { MaxDocumentBytes = 1024 * 1024, FetchTimeout = TimeSpan.FromSeconds(1) };

    private readonly SafeHttpFetcher fetcher = new(Options);

    public IArticleReader For(InputFormat format) => format switch
    {
        InputFormat.Text => new PlainTextReader(),
        InputFormat.Html => new HtmlReader(),
        InputFormat.Rss => new FeedReader(fetcher),
        InputFormat.Jsonl => new JsonlReader(),
        InputFormat.PetrarchXml => new PetrarchRecordReader(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no reader for this format"),
    };

    /// <summary>The reader for the format the sniffer picks, as for an input read with --input-format auto.</summary>
    public IArticleReader Sniffed(InputDocument document) => For(FormatSniffer.Detect(document.Name, document.Head.Span));

    public void Dispose() => fetcher.Dispose();
}
