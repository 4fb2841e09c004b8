using Chronicle.Articles;
using Chronicle.Stories;

namespace Chronicle.Tests.Stories;

public class ArticleLayoutTests
{
    private static List<(BlockKind Kind, string Text, bool Opens)> Layout(string text, bool findTitle = true) =>
        ArticleLayout.Analyze(text, findTitle).Select(b => (b.Kind, text[b.Start..b.End], b.OpensStory)).ToList();

    [Fact]
    public void First_unpunctuated_line_is_the_title()
    {
        var blocks = Layout("Rains flood the capital\n\nHeavy rain fell on Monday.\n");

        Assert.Equal((BlockKind.Title, "Rains flood the capital", false), blocks[0]);
        Assert.Equal((BlockKind.Paragraph, "Heavy rain fell on Monday.", false), blocks[1]);
    }

    [Fact]
    public void A_first_line_that_ends_a_sentence_is_news_not_a_title()
    {
        var blocks = Layout("Heavy rain fell on Monday.\nRoads were closed.");

        Assert.All(blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void A_lone_unpunctuated_line_is_the_text_not_its_title()
    {
        var blocks = Layout("Troops from Gondor cordoned off the pass on Thursday\n");

        Assert.Equal((BlockKind.Paragraph, "Troops from Gondor cordoned off the pass on Thursday", false), Assert.Single(blocks));
    }

    [Fact]
    public void No_title_is_looked_for_when_metadata_gave_one()
    {
        var blocks = Layout("Rains flood the capital\nHeavy rain fell on Monday.", findTitle: false);

        Assert.Equal(BlockKind.Paragraph, blocks[0].Kind);
    }

    [Theory]
    [InlineData("754")]
    [InlineData("1,208")]
    [InlineData("0")]
    [InlineData("12 comments")]
    [InlineData("Views: 3.4k")]
    public void Bare_counters_are_dropped(string counter)
    {
        var blocks = Layout($"Rains flood the capital\n{counter}\nHeavy rain fell on Monday.");

        Assert.DoesNotContain(blocks, b => b.Text == counter);
        Assert.Equal(2, blocks.Count);
    }

    [Fact]
    public void A_number_inside_a_sentence_is_not_a_counter()
    {
        var blocks = Layout("Rains flood the capital\n754 homes were flooded.");

        Assert.Equal("754 homes were flooded.", blocks[1].Text);
    }

    [Theory]
    [InlineData("Firefighters are seen near the river bank on Monday")]
    [InlineData("Photo: a flooded street in the old town.")]
    [InlineData("A portrait of the late mayor hangs in the hall")]
    public void Picture_descriptions_are_captions(string caption)
    {
        var blocks = Layout($"Rains flood the capital\n\n{caption}\n\nHeavy rain fell on Monday.");

        Assert.Equal((BlockKind.Caption, caption, false), blocks[1]);
    }

    [Fact]
    public void A_sentence_that_mentions_a_photo_is_still_news()
    {
        var blocks = Layout("Rains flood the capital\nThe mayor posted a photo of the flooded square.");

        Assert.Equal(BlockKind.Paragraph, blocks[1].Kind);
    }

    [Fact]
    public void A_bulleted_paragraph_opens_a_story_and_loses_its_bullet()
    {
        var text = "Rains flood the capital\n\nHeavy rain fell on Monday.\n\n  \u2022 Meanwhile, a court in the north jailed two former ministers for fraud on Tuesday.\n";
        var blocks = Layout(text);

        Assert.Equal((BlockKind.Paragraph, "Meanwhile, a court in the north jailed two former ministers for fraud on Tuesday.", true), blocks[2]);
    }

    [Fact]
    public void Short_bulleted_items_are_a_list_inside_the_story()
    {
        var blocks = Layout("Rains flood the capital\n\nThe storm left damage:\n\n- 3 bridges closed\n- 40 homes lost\n");

        Assert.DoesNotContain(blocks, b => b.Opens);
        Assert.Equal("3 bridges closed", blocks[2].Text);
    }

    [Fact]
    public void Meanwhile_after_a_blank_line_opens_a_story_but_not_inside_a_run_of_paragraphs()
    {
        var blocks = Layout("Rains flood the capital\n\nHeavy rain fell.\nMeanwhile, roads closed.\n\nMeanwhile, in the south, a strike began.");

        Assert.False(blocks[2].Opens);
        Assert.True(blocks[3].Opens);
    }
}
