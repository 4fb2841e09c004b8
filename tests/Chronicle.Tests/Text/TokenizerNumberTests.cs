using Chronicle.Text;
using static Chronicle.Tests.Text.TextTesting;

namespace Chronicle.Tests.Text;

public class TokenizerNumberTests
{
    [Fact]
    public void Keeps_a_decimal_whole()
    {
        Assert.Equal(["grew", "2.75", "points"], Tokens("grew 2.75 points"));
    }

    [Fact]
    public void Keeps_thousands_separators_inside_the_number()
    {
        Assert.Equal(["about", "2,500,000", "voters"], Tokens("about 2,500,000 voters"));
    }

    [Fact]
    public void Splits_a_comma_that_is_not_a_thousands_separator()
    {
        Assert.Equal(["On", "May", "9", ",", "2019", ",", "troops"], Tokens("On May 9, 2019, troops"));
    }

    [Fact]
    public void Splits_the_percent_sign_from_the_number()
    {
        Assert.Equal(["turnout", "of", "41.8", "%"], Tokens("turnout of 41.8%"));
    }

    [Fact]
    public void Splits_currency_and_magnitude_from_the_amount()
    {
        Assert.Equal(["a", "$", "7.9", "bn", "loan"], Tokens("a $7.9bn loan"));
    }

    [Fact]
    public void Keeps_a_country_prefixed_currency_sign_whole()
    {
        Assert.Equal(["HK$", "12", "million"], Tokens("HK$12 million"));
        Assert.Equal(TokenKind.Symbol, KindOf("US$5", "US$"));
    }

    [Fact]
    public void Splits_a_unit_written_against_the_number()
    {
        Assert.Equal(["a", "60", "km", "road"], Tokens("a 60km road"));
    }

    [Fact]
    public void Keeps_a_number_followed_by_a_spelled_unit_apart()
    {
        Assert.Equal(["some", "230", "kilometres", "north"], Tokens("some 230 kilometres north"));
    }

    [Fact]
    public void Splits_the_period_after_a_number_that_ends_a_sentence()
    {
        Assert.Equal(["in", "2016", "."], Tokens("in 2016."));
    }

    [Theory]
    [InlineData("1st")]
    [InlineData("22nd")]
    [InlineData("3rd")]
    [InlineData("9th")]
    [InlineData("1980s")]
    public void Keeps_ordinal_and_decade_suffixes_on_the_number(string number)
    {
        Assert.Equal(["the", number, "time"], Tokens($"the {number} time"));
        Assert.Equal(TokenKind.Number, KindOf($"the {number} time", number));
    }

    [Fact]
    public void Tokenizes_a_date_with_an_ordinal_day()
    {
        Assert.Equal(["on", "9th", "October", ",", "2017"], Tokens("on 9th October, 2017"));
    }

    [Theory]
    [InlineData("2022-11-30")]
    [InlineData("11/30/2022")]
    [InlineData("30.11.2022")]
    [InlineData("14:45")]
    public void Keeps_numeric_dates_and_times_whole(string date)
    {
        Assert.Equal(["at", date, "local"], Tokens($"at {date} local"));
        Assert.Equal(TokenKind.Number, KindOf($"at {date} local", date));
    }

    [Fact]
    public void Keeps_a_number_led_compound_whole_as_a_word()
    {
        Assert.Equal(["a", "45-year-old", "man"], Tokens("a 45-year-old man"));
        Assert.Equal(TokenKind.Word, KindOf("a 45-year-old man", "45-year-old"));
    }

    [Fact]
    public void Keeps_a_number_with_a_capital_letter_whole()
    {
        Assert.Equal(["the", "5G", "network"], Tokens("the 5G network"));
    }

    [Fact]
    public void Keeps_an_abbreviated_decade_whole()
    {
        Assert.Equal(["in", "the", "'70s", "and"], Tokens("in the '70s and"));
    }

    [Fact]
    public void Keeps_the_number_after_No_apart_from_the_abbreviation()
    {
        Assert.Equal(["at", "No.", "10", "Downing", "Street"], Tokens("at No. 10 Downing Street"));
    }
}
