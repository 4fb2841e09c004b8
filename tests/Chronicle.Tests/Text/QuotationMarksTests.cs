using Chronicle.Text;

namespace Chronicle.Tests.Text;

public class QuotationMarksTests
{
    private static List<string> Quoted(string text) => [.. QuotationMarks.Spans(text).Select(s => text[s.Start..s.End])];

    [Fact]
    public void Single_and_double_marks_each_pair_up()
    {
        Assert.Equal(["We will stay.", "Never again"], Quoted("He said: 'We will stay.' Then \"Never again\", she added."));
    }

    [Fact]
    public void Apostrophes_inside_and_after_words_are_no_quotation_marks()
    {
        Assert.Empty(Quoted("Iran's minister didn't say the countries' borders were closed."));
    }

    [Fact]
    public void A_quote_may_hold_apostrophes()
    {
        Assert.Equal(["Kenya's army won't leave"], Quoted("The general said 'Kenya's army won't leave' on Monday."));
    }

    [Fact]
    public void An_unclosed_mark_quotes_nothing()
    {
        Assert.Empty(Quoted("He said \"we will return and then nothing more"));
    }
}
