using System.Text;

namespace Chronicle.Tests.Fuzzing;

/// <summary>
/// The damage real inputs arrive with, and the shapes that break parsers: flipped bits, cut and repeated
/// chunks, huge lines, deep nesting, bad encodings, NULs, giant attributes, unclosed tags and quotes,
/// entity expansion. Every mutation draws only from the random source it is given, so a seed replays it.
/// </summary>
internal static class Mutations
{
    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("bit flips", FlipBits),
        new("interesting bytes", SetInterestingBytes),
        new("truncation", Truncate),
        new("deleted chunk", DeleteChunk),
        new("duplicated chunk", DuplicateChunk),
        new("random bytes", ReplaceWithRandomBytes),
        new("huge line", InsertHugeLine),
        new("deep nesting", InsertDeepNesting),
        new("invalid UTF-8", InsertInvalidUtf8),
        new("NULs", InsertNuls),
        new("giant attribute", InsertGiantAttribute),
        new("unclosed tag or quote", InsertUnclosed),
        new("BOM", InsertBom),
        new("mixed encodings", MixEncodings),
        new("tricky tokens", InsertTrickyTokens),
        new("entity expansion", InsertEntityExpansion),
    ];

    private static readonly byte[] InterestingBytes = [0x00, 0x01, 0x0C, 0x1B, 0x7F, 0x80, 0xBF, 0xC0, 0xFE, 0xFF, (byte)'<', (byte)'>', (byte)'"', (byte)'\'', (byte)'&', (byte)'\\', (byte)'\n', (byte)'\r', (byte)'{', (byte)'}'];

    private static readonly string[] HugeLinePatterns = ["a", "word ", "<b>", "\\\"", "&amp;", "\u00e9", "\t", "<!-- ", "{\"a\":[", "Mr. "];

    private static readonly (string Open, string Close)[] Nestings =
    [
        ("<div>", "</div>"), ("<span>", "</span>"), ("<b>", "</b>"), ("<p>", "</p>"), ("<a href=x>", "</a>"),
        ("<table><tr><td>", "</td></tr></table>"), ("<ul><li>", "</li></ul>"), ("<blockquote>", "</blockquote>"),
        ("[", "]"), ("{\"a\":", "}"), ("<item>", "</item>"), ("<entry>", "</entry>"), ("<channel>", "</channel>"),
        ("<Sentence id=\"x\" date=\"20200101\">", "</Sentence>"), ("<Text>", "</Text>"), ("<!--", "-->"), ("<![CDATA[", "]]>"),
    ];

    private static readonly byte[][] BadUtf8 =
    [
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFE], [0xFF], [0xF0, 0x9F, 0x98],
    ];

    private static readonly string[] Unclosed =
    [
        "<", "<p", "<div class=\"", "<a href='", "<!--", "<![CDATA[", "<script>", "<style>", "<title>", "<textarea>",
        "<noscript>", "<?xml", "<!DOCTYPE", "<Text>", "<Sentence id=\"u", "<Config option=\"", "\"", "'", "{\"id\": \"", "&#",
    ];

    private static readonly byte[][] Boms = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00], [0x2B, 0x2F, 0x76]];

    private static readonly string[] TrickyTokens =
    [
        "\\ud800", "\\udc00x", "\\ud83d\\ude00", "\\u0000", "\\u001f", "\\\"", "\\", "&#xD800;", "&#0;", "&#x110000;", "&#99999999999;",
        "&nbsp;", "&amp;", "&", "&lt;", "\u2028", "\u2029", "\uFEFF", "\u200F\u202E", "e\u0301\u0301\u0301", "\U0001F600", "\uFFFD",
        "\r", "\r\n", "\n\n\n", "\t", "\f", "\u001B[31m", "]]>", "-->", "</", "/>", "<br>", "<br/>", "<hr>", "<img src=x>",
        "</html>", "<body>", "</body>", "<head>", "<meta charset=\"shift_jis\">", "<meta http-equiv=\"refresh\" content=\"0\">",
        "</Sentence>", "</Text>", "<Stop>", "<Environment>", "<Config option=\"comma_min\" value=\"-1\"/>", "<EventCoding/>",
        "<Parse>", "</Parse>", "\"date\": \"9999-99-99\"", "\"date\": \"0001-01-01\"", "\"text\": null", "\"id\": 1e999", "1e999",
        "null", "true", "[]", "{}", ",", ":", "\"", "'", "Mon, 32 Foo 2024 25:61:61 +9999", "<pubDate>", "<link>", "<content:encoded>",
        "Mr.", "U.S.", "...", "\u201C", "\u201D", "\u00AB", "\u2014", "1,000,000,000,000,000,000", "http://", "mailto:",
    ];

    // Each level multiplies by ten; the parsers' own limits must stop it long before it fills memory.
    private const string EntityDeclarations =
        """<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;"><!ENTITY ext SYSTEM "file:///etc/passwd">]>""";

    private static byte[] FlipBits(byte[] input, Random random)
    {
        if (input.Length == 0)
            return input;
        var output = (byte[])input.Clone();
        for (var n = random.Next(1, 9); n > 0; n--)
            output[random.Next(output.Length)] ^= (byte)(1 << random.Next(8));
        return output;
    }

    private static byte[] SetInterestingBytes(byte[] input, Random random)
    {
        if (input.Length == 0)
            return input;
        var output = (byte[])input.Clone();
        for (var n = random.Next(1, 9); n > 0; n--)
            output[random.Next(output.Length)] = InterestingBytes[random.Next(InterestingBytes.Length)];
        return output;
    }

    private static byte[] Truncate(byte[] input, Random random) => input[..random.Next(input.Length + 1)];

    private static byte[] DeleteChunk(byte[] input, Random random)
    {
        var (start, length) = Chunk(input, random);
        return [.. input.AsSpan(0, start), .. input.AsSpan(start + length)];
    }

    // Repeated, a chunk becomes thousands of records, items or open tags.
    private static byte[] DuplicateChunk(byte[] input, Random random)
    {
        var (start, length) = Chunk(input, random);
        var chunk = input.AsSpan(start, length).ToArray();
        var copies = random.Next(4) == 0 ? random.Next(2, 200) : 1;
        return Insert(input, random.Next(input.Length + 1), Repeat(chunk, copies));
    }

    private static byte[] ReplaceWithRandomBytes(byte[] input, Random random)
    {
        var (start, length) = Chunk(input, random);
        var noise = new byte[random.Next(1, 256)];
        random.NextBytes(noise);
        return [.. input.AsSpan(0, start), .. noise, .. input.AsSpan(start + length)];
    }

    private static byte[] InsertHugeLine(byte[] input, Random random)
    {
        var pattern = Encoding.UTF8.GetBytes(HugeLinePatterns[random.Next(HugeLinePatterns.Length)]);
        var bytes = random.Next(16 * 1024, 1536 * 1024);
        return Insert(input, random.Next(input.Length + 1), Repeat(pattern, bytes / pattern.Length));
    }

    private static byte[] InsertDeepNesting(byte[] input, Random random)
    {
        var (open, close) = Nestings[random.Next(Nestings.Length)];
        var depth = random.Next(100, 20_000);
        var nested = string.Concat(Enumerable.Repeat(open, depth)) + "x" + (random.Next(2) == 0 ? string.Concat(Enumerable.Repeat(close, depth)) : "");
        return Insert(input, random.Next(input.Length + 1), Encoding.UTF8.GetBytes(nested));
    }

    private static byte[] InsertInvalidUtf8(byte[] input, Random random)
    {
        var output = input;
        for (var n = random.Next(1, 9); n > 0; n--)
            output = Insert(output, random.Next(output.Length + 1), BadUtf8[random.Next(BadUtf8.Length)]);
        return output;
    }

    private static byte[] InsertNuls(byte[] input, Random random)
    {
        var output = input;
        for (var n = random.Next(1, 17); n > 0; n--)
            output = Insert(output, random.Next(output.Length + 1), [0]);
        return output;
    }

    /// <summary>A huge attribute value inside a tag of the input when it has one, or in a tag of its own.</summary>
    private static byte[] InsertGiantAttribute(byte[] input, Random random)
    {
        var tags = Enumerable.Range(0, Math.Max(input.Length - 1, 0)).Where(i => input[i] == '<' && char.IsAsciiLetter((char)input[i + 1])).ToList();
        var quote = random.Next(3) switch { 0 => "\"", 1 => "'", _ => "" };
        var closed = random.Next(4) != 0;
        var value = new string((char)random.Next('a', 'z' + 1), random.Next(10_000, 1_000_000));
        var attribute = Encoding.UTF8.GetBytes($" data-{random.Next(1000)}={quote}{value}{(closed ? quote : "")}");
        if (tags.Count == 0)
            return Insert(input, random.Next(input.Length + 1), [.. "<p"u8, .. attribute, .. ">x</p>"u8]);

        var at = tags[random.Next(tags.Count)] + 1;
        while (at < input.Length && char.IsAsciiLetterOrDigit((char)input[at]))
            at++;
        return Insert(input, at, attribute);
    }

    private static byte[] InsertUnclosed(byte[] input, Random random) =>
        Insert(input, random.Next(input.Length + 1), Encoding.UTF8.GetBytes(Unclosed[random.Next(Unclosed.Length)]));

    private static byte[] InsertBom(byte[] input, Random random) =>
        Insert(input, random.Next(3) == 0 ? random.Next(input.Length + 1) : 0, Boms[random.Next(Boms.Length)]);

    /// <summary>Part of the input re-encoded as Latin-1, Windows-1252 or UTF-16, the way files get pasted together.</summary>
    private static byte[] MixEncodings(byte[] input, Random random)
    {
        var (start, length) = Chunk(input, random);
        var text = Encoding.UTF8.GetString(input, start, length) + " caf\u00e9 \u201cna\u00efve\u201d \u00a3";
        var encoded = random.Next(3) switch
        {
            0 => Encoding.Latin1.GetBytes(text),
            1 => Encoding.Unicode.GetBytes(text),
            _ => Encoding.BigEndianUnicode.GetBytes(text),
        };
        return [.. input.AsSpan(0, start), .. encoded, .. input.AsSpan(start + length)];
    }

    private static byte[] InsertTrickyTokens(byte[] input, Random random)
    {
        var output = input;
        for (var n = random.Next(1, 6); n > 0; n--)
            output = Insert(output, random.Next(output.Length + 1), Encoding.UTF8.GetBytes(TrickyTokens[random.Next(TrickyTokens.Length)]));
        return output;
    }

    /// <summary>An entity-expansion ("billion laughs") DTD after the XML declaration, and references to it.</summary>
    private static byte[] InsertEntityExpansion(byte[] input, Random random)
    {
        var declarationEnd = input.AsSpan().IndexOf("?>"u8);
        var output = Insert(input, declarationEnd < 0 ? 0 : declarationEnd + 2, Encoding.UTF8.GetBytes(EntityDeclarations));
        for (var n = random.Next(1, 4); n > 0; n--)
            output = Insert(output, random.Next(EntityDeclarations.Length, output.Length + 1), random.Next(2) == 0 ? "&lol9;"u8.ToArray() : "&ext;"u8.ToArray());
        return output;
    }

    /// <summary>A random range of the input: up to a quarter of it, at least one byte when there is one.</summary>
    private static (int Start, int Length) Chunk(byte[] input, Random random)
    {
        if (input.Length == 0)
            return (0, 0);
        var length = random.Next(1, Math.Max(input.Length / 4, 1) + 1);
        return (random.Next(input.Length - length + 1), length);
    }

    private static byte[] Insert(byte[] input, int at, ReadOnlySpan<byte> piece) => [.. input.AsSpan(0, at), .. piece, .. input.AsSpan(at)];

    private static byte[] Repeat(byte[] piece, int count)
    {
        var output = new byte[piece.Length * count];
        for (var i = 0; i < count; i++)
            piece.CopyTo(output, i * piece.Length);
        return output;
    }
}
