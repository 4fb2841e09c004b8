using System.Buffers;

namespace Chronicle.Articles;

/// <summary>
/// Splits a byte stream into lines ("\n" or "\r\n") holding at most one line in memory, so a large file
/// streams in bounded memory; a line over the limit is skipped and marked rather than buffered.
/// </summary>
internal sealed class LineSplitter(ReadOnlyMemory<byte> head, Stream rest, long maxLineBytes)
{
    private readonly byte[] chunk = new byte[64 * 1024];
    private readonly ArrayBufferWriter<byte> line = new();
    private ReadOnlyMemory<byte> pending = head;
    private bool ended;

    /// <summary>A line's bytes (valid until the next call) and whether it went over the limit.</summary>
    public readonly record struct Line(ReadOnlyMemory<byte> Bytes, bool TooLong);

    /// <summary>The next line, or null at the end of the stream.</summary>
    public Line? Next()
    {
        if (ended)
            return null;

        line.ResetWrittenCount();
        var started = false;
        var tooLong = false;
        while (true)
        {
            if (pending.IsEmpty)
            {
                var read = rest.Read(chunk);
                if (read == 0)
                {
                    ended = true;
                    return started ? Finish(tooLong) : null;
                }

                pending = chunk.AsMemory(0, read);
            }

            started = true;
            var span = pending.Span;
            var newline = span.IndexOf((byte)'\n');
            var part = newline < 0 ? span : span[..newline];
            if (line.WrittenCount + part.Length > maxLineBytes)
                tooLong = true;
            else if (!tooLong)
                line.Write(part);

            pending = newline < 0 ? ReadOnlyMemory<byte>.Empty : pending[(newline + 1)..];
            if (newline >= 0)
                return Finish(tooLong);
        }
    }

    private Line Finish(bool tooLong)
    {
        var bytes = line.WrittenMemory;
        if (bytes.Span.EndsWith((byte)'\r'))
            bytes = bytes[..^1];
        return new Line(bytes, tooLong);
    }
}
