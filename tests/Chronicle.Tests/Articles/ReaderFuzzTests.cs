using Chronicle.Articles;
using Chronicle.Tests.Fuzzing;

namespace Chronicle.Tests.Articles;

/// <summary>
/// Every reader on damaged and random input: it yields articles or errors that name the input and line,
/// never throws anything else, never hangs and never allocates out of proportion to the input.
/// </summary>
public sealed class ReaderFuzzTests : IDisposable
{
    private static readonly FuzzLimits Limits = new();

    // HTML costs the most per input (a parse, and Readability's scoring): fewer cases keep it to seconds.
    private static readonly FuzzLimits HtmlLimits = Limits with { Cases = 60 };

    private readonly FuzzReaders readers = new();

    [Fact]
    public void PlainText() => Fuzz("wire.txt", InputFormat.Text, FuzzCorpus.Text);

    [Fact]
    public void Html() => Fuzz("page.html", InputFormat.Html, FuzzCorpus.Html, HtmlLimits);

    [Fact]
    public void Rss() => Fuzz("wire.rss", InputFormat.Rss, FuzzCorpus.Rss);

    [Fact]
    public void Atom() => Fuzz("dispatch.atom", InputFormat.Rss, FuzzCorpus.Atom);

    [Fact]
    public void Jsonl() => Fuzz("items.jsonl", InputFormat.Jsonl, FuzzCorpus.Jsonl);

    [Fact]
    public void PetrarchRecords() => Fuzz("validation.xml", InputFormat.PetrarchXml, FuzzCorpus.Petrarch);

    /// <summary>Any bytes under any name: the sniffer picks a format without failing, and that format's reader copes.</summary>
    [Fact]
    public void SnifferAndTheReaderItPicks()
    {
        string[] names = ["a.txt", "a.html", "a.htm", "a.rss", "a.atom", "a.xml", "a.jsonl", "a.ndjson", "a.json", "noextension", "-", ".", "a.",
            "https://wire.example/feed.xml?format=.txt", "https://[bad", "dir/.hidden", "a.TXT", "a.tar.gz"];
        Fuzzer.Run("sniffer", FuzzCorpus.All, Limits, (input, ct) =>
        {
            // The name is part of the case, so it too must come from the input alone.
            var name = names[input.Length % names.Length];
            var head = input.AsSpan(0, Math.Min(input.Length, 8 * 1024));
            var format = FormatSniffer.Detect(name, head);
            Assert.True(Enum.IsDefined(format) && format != InputFormat.Auto, $"the sniffer picked {format}");
            Assert.Equal(format, FormatSniffer.Detect(name, head));
            CheckedRead.Read(readers.Sniffed, name, input, ct);
        });
    }

    public void Dispose() => readers.Dispose();

    private void Fuzz(string name, InputFormat format, IReadOnlyList<byte[]> corpus, FuzzLimits? limits = null)
    {
        var reader = readers.For(format);
        Fuzzer.Run(name, corpus, limits ?? Limits, (input, ct) => CheckedRead.Read(reader, name, input, ct));
    }
}
