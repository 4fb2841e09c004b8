using Chronicle.Places;

namespace Chronicle.Tests.Places;

/// <summary>How names are compared: folding, the Arabic article, "St.", abbreviations.</summary>
public class PlaceNameTests
{
    [Theory]
    [InlineData("Goz Beïda", "Goz Beida")]
    [InlineData("Uíge", "UIGE")]
    [InlineData("Sana'a", "Sana’a")]
    [InlineData("St. Louis", "Saint Louis")]
    [InlineData("Kraków", "Krakow")]
    [InlineData("Winston-Salem", "Winston Salem")]
    public void Spellings_of_one_name_share_a_key(string a, string b) => Assert.Equal(PlaceName.Key(a), PlaceName.Key(b));

    [Fact]
    public void The_arabic_article_can_be_left_out()
    {
        Assert.Equal("diraz", PlaceName.WithoutArticle(PlaceName.Key("Ad Dirāz")));
        Assert.Equal("kuri", PlaceName.WithoutArticle(PlaceName.Key("al-Kuri")));
        Assert.Null(PlaceName.WithoutArticle(PlaceName.Key("Baghdad")));
    }

    [Fact]
    public void An_abbreviation_keeps_its_dot_so_a_word_does_not_find_it()
    {
        Assert.NotEqual(PlaceName.Key("Ill."), PlaceName.Key("Ill"));
        Assert.Equal(PlaceName.Key("W.Va."), PlaceName.Key("W.Va."));
    }

    [Fact]
    public void A_division_name_loses_its_kind_word() =>
        Assert.Equal("abyan", PlaceName.WithoutDivisionWords(PlaceName.Key("Abyan Governorate")));

    [Theory]
    [InlineData("Otter Tail County", "otter tail")]
    [InlineData("Avoyelles Parish", "avoyelles")]
    public void A_county_or_parish_loses_its_kind_word(string name, string core) =>
        Assert.Equal(core, PlaceName.WithoutDivisionWords(PlaceName.Key(name)));

    [Fact]
    public void A_leading_direction_adjective_has_a_plain_form()
    {
        Assert.Equal("south darfur", PlaceName.WithPlainDirection(PlaceName.Key("Southern Darfur")));
        Assert.Null(PlaceName.WithPlainDirection(PlaceName.Key("South Darfur")));
    }
}
