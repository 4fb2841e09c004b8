namespace Chronicle.Articles;

/// <summary>Tells text from binary data by the first bytes of a document.</summary>
internal static class BinaryCheck
{
    private static readonly (string Name, byte[] Magic)[] KnownFormats =
    [
        ("PNG image", [0x89, (byte)'P', (byte)'N', (byte)'G']),
        ("JPEG image", [0xFF, 0xD8, 0xFF]),
        ("GIF image", "GIF8"u8.ToArray()),
        ("PDF document", "%PDF"u8.ToArray()),
        ("ZIP archive", [(byte)'P', (byte)'K', 0x03, 0x04]),
        ("gzip archive", [0x1F, 0x8B]),
        ("7-Zip archive", [(byte)'7', (byte)'z', 0xBC, 0xAF]),
        ("ELF executable", [0x7F, (byte)'E', (byte)'L', (byte)'F']),
    ];

    /// <summary>Why <paramref name="head"/> looks binary, or null when it looks like text.</summary>
    public static string? Reason(ReadOnlySpan<byte> head)
    {
        foreach (var (name, magic) in KnownFormats)
        {
            if (head.StartsWith(magic))
                return name;
        }

        if (TextEncodings.HasUtf16Bom(head))
            return null;
        if (head.Contains((byte)0))
            return "NUL bytes";

        var control = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B))
                control++;
        }

        // A few stray control characters occur in real text; a tenth of them does not.
        return control > 0 && control * 10 > head.Length ? "control characters" : null;
    }
}
