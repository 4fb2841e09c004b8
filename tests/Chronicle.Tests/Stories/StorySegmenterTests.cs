using Chronicle.Articles;
using Chronicle.Stories;

namespace Chronicle.Tests.Stories;

public class StorySegmenterTests
{
    private static (Article Article, IReadOnlyList<Story> Stories) Segment(string path)
    {
        var article = ArticleBuilder.Build(new RawArticle { Text = File.ReadAllText(path), Location = new InputLocation(path) });
        return (article, StorySegmenter.Segment(article));
    }

    [Fact]
    public void The_seed_dispatch_is_one_article_with_three_stories()
    {
        var (article, stories) = Segment(RepoPaths.SeedDispatch);

        Assert.Equal(3, stories.Count);
        Assert.Equal([0, 1, 2], stories.Select(s => s.Index));
        Assert.Equal(File.ReadLines(RepoPaths.SeedDispatch).First(), article.Title);
    }

    [Fact]
    public void Each_seed_story_after_the_first_starts_right_after_its_bullet()
    {
        var (article, stories) = Segment(RepoPaths.SeedDispatch);
        var text = article.Body.Text;

        foreach (var story in stories.Skip(1))
        {
            var lineStart = text.LastIndexOf('\n', story.Start) + 1;
            Assert.Equal("\u2022", text[lineStart..story.Start].Trim());
            Assert.True(char.IsUpper(text[story.Start]));
        }
    }

    [Fact]
    public void The_seed_caption_and_counters_are_in_no_story()
    {
        var (article, stories) = Segment(RepoPaths.SeedDispatch);
        var caption = Assert.Single(article.Blocks, b => b.Kind == BlockKind.Caption);
        var counters = File.ReadLines(RepoPaths.SeedDispatch).Where(l => l.Length > 0 && l.All(char.IsDigit)).ToList();

        Assert.Equal(2, counters.Count);
        Assert.All(stories, s => Assert.True(s.Start >= caption.End));
        Assert.DoesNotContain(article.Blocks, b => counters.Contains(article.Body.Text[b.Start..b.End]));
    }

    [Fact]
    public void Story_text_is_the_article_text_at_its_offsets()
    {
        var (article, stories) = Segment(RepoPaths.SeedDispatch);

        Assert.All(stories, s => Assert.Equal(article.Body.Text[s.Start..s.End], s.Text));
    }

    [Fact]
    public void The_bundled_sample_is_a_three_story_digest()
    {
        var (article, stories) = Segment(RepoPaths.SampleDispatch);

        Assert.StartsWith("Egypt and Sudan agree", article.Title);
        Assert.Equal(3, stories.Count);
        Assert.StartsWith("Nabil Sorour, the Egyptian Foreign Minister", stories[0].Text);
        Assert.StartsWith("Meanwhile, police in Tunisia", stories[1].Text);
        Assert.StartsWith("Kenya has called on the United Nations", stories[2].Text);
        Assert.EndsWith("leaving six people dead.", stories[2].Text);
    }

    [Fact]
    public void A_caption_between_paragraphs_is_blanked_out_of_the_story_text()
    {
        var raw = "Storm hits coast\n\nWinds reached 120 km/h on Sunday.\nPhoto: waves over the harbour wall\nFerries stayed in port.";
        var article = ArticleBuilder.Build(new RawArticle { Text = raw, Location = new InputLocation("test") });
        var story = Assert.Single(StorySegmenter.Segment(article));

        Assert.DoesNotContain("harbour", story.Text);
        Assert.Equal(article.Body.Text[story.Start..story.End].Length, story.Text.Length);
        Assert.EndsWith("Ferries stayed in port.", story.Text);
    }
}
