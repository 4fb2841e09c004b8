using Chronicle.Articles;

namespace Chronicle.Stories;

/// <summary>
/// Splits an article into its stories: a new story starts at every paragraph a digest marker opens.
/// Titles and captions belong to no story, so later stages never code them as news: one that falls
/// between two paragraphs of a story is blanked out of the story's text, which keeps its offsets.
/// </summary>
public static class StorySegmenter
{
    public static IReadOnlyList<Story> Segment(Article article)
    {
        var stories = new List<Story>();
        int? start = null;
        var end = 0;
        foreach (var block in article.Blocks)
        {
            if (block.Kind != BlockKind.Paragraph)
                continue;
            if (start is { } open && block.OpensStory)
            {
                stories.Add(MakeStory(article, stories.Count, open, end));
                start = null;
            }

            start ??= block.Start;
            end = block.End;
        }

        if (start is { } last)
            stories.Add(MakeStory(article, stories.Count, last, end));
        return stories;
    }

    private static Story MakeStory(Article article, int index, int start, int end)
    {
        var text = article.Body.Text.ToCharArray(start, end - start);
        foreach (var block in article.Blocks)
        {
            if (block.Kind != BlockKind.Paragraph && block.Start >= start && block.End <= end)
                Array.Fill(text, ' ', block.Start - start, block.End - block.Start);
        }

        return new Story(index, start, end, new string(text));
    }
}
