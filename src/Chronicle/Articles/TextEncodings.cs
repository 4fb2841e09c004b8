using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Chronicle.Articles;

/// <summary>Strict decoding of document bytes: invalid input is reported by line, never replaced silently.</summary>
internal static class TextEncodings
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    public static ReadOnlySpan<byte> SkipUtf8Bom(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Utf8Bom) ? bytes[3..] : bytes;

    /// <summary>
    /// Decodes a whole document: UTF-8 (with or without a BOM) unless a UTF-16 BOM or a declared
    /// charset says otherwise.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes, Encoding? declared, InputLocation location)
    {
        if (HasUtf16Bom(bytes))
        {
            var utf16 = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: true, throwOnInvalidBytes: true);
            try
            {
                return utf16.GetString(bytes[2..]);
            }
            catch (DecoderFallbackException)
            {
                throw new InputException(location, "invalid UTF-16");
            }
        }

        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
            return declared.GetString(bytes);
        return DecodeUtf8(SkipUtf8Bom(bytes), location, firstLine: 1);
    }

    /// <summary>Decodes UTF-8 strictly; the error names the line and column of the first bad byte.</summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> bytes, InputLocation location, int firstLine)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
                return new string(chars, 0, written);

            var before = bytes[..read];
            var line = firstLine + before.Count((byte)'\n');
            var column = read - (before.LastIndexOf((byte)'\n') + 1) + 1;
            throw new InputException(location with { Line = line }, $"invalid UTF-8 (byte 0x{bytes[read]:X2} at byte {column} of the line)");
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
