using Chronicle.Text;
using static Chronicle.Tests.Text.TextTesting;

namespace Chronicle.Tests.Text;

public class TokenizerPunctuationTests
{
    [Fact]
    public void Splits_parentheses_from_an_acronym()
    {
        Assert.Equal(["the", "guard", "(", "NDF", ")", "said"], Tokens("the guard (NDF) said"));
    }

    [Fact]
    public void Splits_straight_double_quotes()
    {
        Assert.Equal(["called", "it", "\"", "a", "mistake", "\"", "."], Tokens("called it \"a mistake\"."));
    }

    [Fact]
    public void Splits_single_quotes_used_as_quote_marks()
    {
        Assert.Equal(["a", "'", "regrettable", "'", "step"], Tokens("a 'regrettable' step"));
    }

    [Fact]
    public void Splits_a_single_quoted_phrase_ending_in_s()
    {
        Assert.Equal(["'", "no", "talks", "'", "rule"], Tokens("'no talks' rule"));
    }

    [Fact]
    public void Treats_typographic_quotes_like_ascii_quotes()
    {
        Assert.Equal(["\u201C", "We", "\u2018", "agree", "\u2019", "\u201D"], Tokens("\u201CWe \u2018agree\u2019\u201D"));
    }

    [Fact]
    public void Splits_guillemets()
    {
        Assert.Equal(["\u00AB", "Non", "\u00BB"], Tokens("\u00ABNon\u00BB"));
    }

    [Fact]
    public void Keeps_doubled_single_quotes_as_one_quote_token()
    {
        Assert.Equal(["``", "Enough", ",", "''", "he"], Tokens("``Enough,'' he"));
    }

    [Fact]
    public void Keeps_an_ellipsis_as_one_token()
    {
        Assert.Equal(["and", "then", "...", "silence"], Tokens("and then... silence"));
    }

    [Fact]
    public void Keeps_the_ellipsis_character_as_one_token()
    {
        Assert.Equal(["wait", "\u2026", "no"], Tokens("wait\u2026 no"));
    }

    [Theory]
    [InlineData("\u2014")]
    [InlineData("\u2013")]
    [InlineData("--")]
    public void Keeps_a_dash_as_one_token(string dash)
    {
        Assert.Equal(["Tehran", dash, "the", "talks"], Tokens($"Tehran {dash} the talks"));
        Assert.Equal(["Tehran", dash, "the"], Tokens($"Tehran{dash}the"));
    }

    [Fact]
    public void Splits_a_hyphen_standing_alone()
    {
        Assert.Equal(["pre", "-", "and", "post-war"], Tokens("pre- and post-war"));
    }

    [Fact]
    public void Marks_quotes_and_brackets_as_punctuation()
    {
        Assert.Equal(TokenKind.Punctuation, KindOf("(x)", "("));
        Assert.Equal(TokenKind.Punctuation, KindOf("'x", "'"));
    }
}
