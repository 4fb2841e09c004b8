using Chronicle.Articles;

namespace Chronicle.Stories;

/// <summary>
/// Finds the blocks of a plain-text article: the title line, photo captions, paragraphs, and the
/// digest markers (bullets, "Meanwhile,") where a new story begins. Page furniture such as bare
/// view and comment counters belongs to no block and so is dropped.
/// </summary>
public static class ArticleLayout
{
    /// <summary>Lays out a normalized text whose paragraphs are separated by line breaks.</summary>
    /// <param name="findTitle">Whether the first line may be the title (false when metadata gave one).</param>
    public static IReadOnlyList<TextBlock> Analyze(string text, bool findTitle)
    {
        var blocks = new List<TextBlock>();
        var afterBlank = true;
        var seenParagraph = false;
        foreach (var line in Lines(text))
        {
            if (line.IsBlank)
            {
                afterBlank = true;
                continue;
            }

            var content = line.Content(text);
            if (PageFurniture.IsCounter(content))
                continue;

            var (start, end, bullet) = Trim(text, line.Start, line.End);
            var kind = Classify(text.AsSpan(start, end - start), findTitle && blocks.Count == 0);
            var opensStory = kind == BlockKind.Paragraph && seenParagraph && DigestMarkers.OpensStory(text.AsSpan(start, end - start), bullet, afterBlank);
            blocks.Add(new TextBlock(kind, start, end, opensStory));
            seenParagraph |= kind == BlockKind.Paragraph;
            afterBlank = false;
        }

        // A title heads a text: a lone line with no final stop ("Police arrest three in Gafsa") is the text itself.
        if (blocks is [{ Kind: BlockKind.Title } only])
            blocks[0] = only with { Kind = BlockKind.Paragraph };
        return blocks;
    }

    private static BlockKind Classify(ReadOnlySpan<char> block, bool mayBeTitle)
    {
        if (mayBeTitle && Headline.Looks(block))
            return BlockKind.Title;
        if (Caption.Looks(block))
            return BlockKind.Caption;
        return BlockKind.Paragraph;
    }

    /// <summary>Trims spaces and a leading bullet marker, saying whether there was one.</summary>
    private static (int Start, int End, bool Bullet) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        var bullet = DigestMarkers.BulletLength(text.AsSpan(start, end - start));
        if (bullet > 0)
        {
            start += bullet;
            while (start < end && char.IsWhiteSpace(text[start]))
                start++;
        }

        return (start, end, bullet > 0);
    }

    private readonly record struct Line(int Start, int End, bool IsBlank)
    {
        public ReadOnlySpan<char> Content(string text) => text.AsSpan(Start, End - Start).Trim();
    }

    private static IEnumerable<Line> Lines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            yield return new Line(start, end, text.AsSpan(start, end - start).IsWhiteSpace());
            if (newline < 0)
                yield break;
            start = newline + 1;
        }
    }
}
