namespace Chronicle.Articles;

/// <summary>
/// Reads the inputs a user names (files, directories, "-" for stdin, http(s) URLs) into raw articles,
/// lazily and in order. A bad input, or a bad part of one (a JSONL line, a feed item's page), becomes an
/// <see cref="InputError"/> in the stream, and reading goes on with the rest.
/// </summary>
/// <remarks>
/// Options are fixed at construction because they configure the HTTP client (address policy, timeout),
/// which is built once and reused across inputs; dispose the instance to release it.
/// </remarks>
public sealed class ArticleInputs : IDisposable
{
    /// <summary>The name that stands for standard input.</summary>
    public const string StandardInput = "-";

    private const string NoSuchFile = "no such file or directory";

    private readonly ReaderOptions options;
    private readonly SafeHttpFetcher fetcher;
    private readonly Dictionary<InputFormat, IArticleReader> readers;

    public ArticleInputs(ReaderOptions? options = null)
    {
        this.options = options ?? new ReaderOptions();
        fetcher = new SafeHttpFetcher(this.options);
        readers = new IArticleReader[] { new PlainTextReader(), new HtmlReader(), new FeedReader(fetcher), new JsonlReader(), new PetrarchRecordReader() }
            .ToDictionary(r => r.Format);
    }

    /// <summary>Reads each input in turn; never throws for a bad input, only for cancellation.</summary>
    public IEnumerable<ReadResult> Read(IEnumerable<string> inputs, CancellationToken ct = default)
    {
        foreach (var input in inputs)
        {
            foreach (var result in ReadInput(input, ct))
                yield return result;
        }
    }

    /// <summary>
    /// Reads one stream, such as stdin or an upload; <paramref name="name"/> names it in errors and its
    /// extension, if any, hints at the format. The stream is read to its end but not disposed.
    /// </summary>
    public IEnumerable<ReadResult> Read(Stream stream, string name, CancellationToken ct = default)
    {
        var location = new InputLocation(name);
        return Guard(location, () => InputDocument.Open(stream, location, name, options.MaxDocumentBytes, leaveOpen: true), ct);
    }

    public void Dispose() => fetcher.Dispose();

    private IEnumerable<ReadResult> ReadInput(string input, CancellationToken ct)
    {
        if (input == StandardInput)
            return Read(Console.OpenStandardInput(), StandardInput, ct);

        var location = new InputLocation(input);
        if (input.Contains("://", StringComparison.Ordinal))
        {
            return Uri.TryCreate(input, UriKind.Absolute, out var url)
                ? Guard(location, () => fetcher.Open(url, ct), ct)
                : [new InputError(location, "not a valid URL")];
        }

        if (Directory.Exists(input))
            return ReadDirectory(input, ct);
        if (File.Exists(input))
            return ReadFile(input, ct);
        return [new InputError(location, NoSuchFile)];
    }

    private IEnumerable<ReadResult> ReadDirectory(string directory, CancellationToken ct)
    {
        var files = DirectoryFiles.List(directory);
        if (files.Count == 0)
            return [new InputError(new InputLocation(directory), "directory has no files to read")];
        return files.SelectMany(file => ReadFile(file, ct));
    }

    private IEnumerable<ReadResult> ReadFile(string path, CancellationToken ct)
    {
        var location = new InputLocation(path);
        return Guard(location, () => InputDocument.Open(File.OpenRead(path), location, path, options.MaxDocumentBytes, length: new FileInfo(path).Length), ct);
    }

    /// <summary>Opens a document and reads it with the reader for its format, turning any failure into an error for that input.</summary>
    private IEnumerable<ReadResult> Guard(InputLocation location, Func<InputDocument> open, CancellationToken ct)
    {
        IEnumerator<ReadResult>? results = null;
        InputDocument? document = null;
        try
        {
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                ReadResult? next;
                InputError? failure = null;
                try
                {
                    if (results is null)
                    {
                        document = open();
                        var format = options.Format == InputFormat.Auto ? FormatSniffer.Detect(document.Name, document.Head.Span) : options.Format;
                        results = readers[format].Read(document, ct).GetEnumerator();
                    }

                    next = results.MoveNext() ? results.Current : (ReadResult?)null;
                }
                catch (Exception e) when (ToError(e, location) is { } error)
                {
                    next = null;
                    failure = error;
                }

                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }

                if (next is null)
                    yield break;
                yield return next.Value;
            }
        }
        finally
        {
            results?.Dispose();
            document?.Dispose();
        }
    }

    private static InputError? ToError(Exception e, InputLocation location) => e switch
    {
        OperationCanceledException => null,
        InputException input => input.ToError(),
        FileNotFoundException or DirectoryNotFoundException => new InputError(location, NoSuchFile),
        UnauthorizedAccessException => new InputError(location, "permission denied"),
        IOException io => new InputError(location, $"cannot read: {io.Message}"),
        // A reader's bug must not cost the user the inputs after this one; it is reported, not thrown.
        _ => new InputError(location, $"unexpected error while reading: {e.GetType().Name}: {e.Message}"),
    };
}
