using System.Text;

namespace Chronicle.Articles;

/// <summary>
/// One input being read (a file, stdin or a fetched page) with the checks every format shares: binary
/// data is refused on opening; size, emptiness and encoding are checked as the text is read.
/// </summary>
internal sealed class InputDocument : IDisposable
{
    private const int HeadBytes = 8 * 1024;

    private readonly Stream stream;
    private readonly long? length;
    private readonly Encoding? declaredEncoding;
    private readonly long maxBytes;
    private readonly bool leaveOpen;
    private bool consumed;

    private InputDocument(Stream stream, byte[] head, InputLocation location, string name, Uri? url, long? length, Encoding? declaredEncoding, long maxBytes, bool leaveOpen)
    {
        this.stream = stream;
        Head = head;
        Location = location;
        Name = name;
        Url = url;
        this.length = length;
        this.declaredEncoding = declaredEncoding;
        this.maxBytes = maxBytes;
        this.leaveOpen = leaveOpen;
    }

    public InputLocation Location { get; }

    /// <summary>The path or URL; its extension hints at the format.</summary>
    public string Name { get; }

    /// <summary>The address the document was fetched from, when it was.</summary>
    public Uri? Url { get; }

    /// <summary>The first bytes, for choosing a format by content.</summary>
    public ReadOnlyMemory<byte> Head { get; }

    /// <summary>Opens <paramref name="stream"/> (disposing it with the document unless <paramref name="leaveOpen"/>) and refuses it if it is binary.</summary>
    public static InputDocument Open(
        Stream stream, InputLocation location, string name, long maxBytes, long? length = null, Uri? url = null, Encoding? declaredEncoding = null, bool leaveOpen = false)
    {
        var head = new byte[HeadBytes];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        Array.Resize(ref head, read);
        var document = new InputDocument(stream, head, location, name, url, length, declaredEncoding, maxBytes, leaveOpen);
        if (BinaryCheck.Reason(head) is { } reason)
        {
            document.Dispose();
            throw new InputException(location, $"binary file, not text ({reason})");
        }

        return document;
    }

    /// <summary>The whole document as text, within the size limit and not blank.</summary>
    public string ReadText()
    {
        if (length > maxBytes)
            throw TooLarge(length);

        var bytes = ReadAll();
        var text = TextEncodings.Decode(bytes, declaredEncoding, Location);
        if (string.IsNullOrWhiteSpace(text))
            throw new InputException(Location, "empty: no text");
        return text;
    }

    /// <summary>
    /// The document line by line, streamed: each line is held to the size limit and decoded on its own,
    /// so one bad line is reported by number and the others are still read.
    /// </summary>
    public IEnumerable<TextLine> ReadLines()
    {
        if (TextEncodings.HasUtf16Bom(Head.Span))
            throw new InputException(Location, "UTF-16 is not supported for line-by-line input; save it as UTF-8");

        TakeStream();
        var reader = new LineSplitter(Head, stream, maxBytes);
        var number = 0;
        var anyText = false;
        while (reader.Next() is { } line)
        {
            number++;
            var location = Location with { Line = number };
            if (line.TooLong)
            {
                yield return new TextLine(location, null, new InputError(location, $"line too long: over the limit of {maxBytes} bytes"));
                continue;
            }

            var bytes = number == 1 ? TextEncodings.SkipUtf8Bom(line.Bytes.Span) : line.Bytes.Span;
            TextLine result;
            try
            {
                result = new TextLine(location, TextEncodings.DecodeUtf8(bytes, location, number), null);
            }
            catch (InputException e)
            {
                result = new TextLine(location, null, e.ToError());
            }

            anyText |= !string.IsNullOrWhiteSpace(result.Text);
            yield return result;
        }

        if (!anyText)
            yield return new TextLine(Location, null, new InputError(Location, "empty: no text"));
    }

    public void Dispose()
    {
        if (!leaveOpen)
            stream.Dispose();
    }

    private byte[] ReadAll()
    {
        TakeStream();
        using var buffer = new MemoryStream();
        buffer.Write(Head.Span);
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            // Stop reading as soon as the limit is passed: the size of a stream is not known up front.
            if (buffer.Length > maxBytes)
                throw TooLarge(null);
        }

        if (buffer.Length > maxBytes)
            throw TooLarge(buffer.Length);
        return buffer.ToArray();
    }

    private InputException TooLarge(long? size) =>
        new(Location, size is null ? $"too large: over the limit of {maxBytes} bytes" : $"too large: {size} bytes, over the limit of {maxBytes} bytes");

    private void TakeStream()
    {
        if (consumed)
            throw new InvalidOperationException("An input document can be read only once.");
        consumed = true;
    }
}
