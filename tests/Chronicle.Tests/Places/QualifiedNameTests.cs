using Chronicle.Places;

namespace Chronicle.Tests.Places;

/// <summary>Names the gazetteer lacks, found through the place their qualifier names; sentences written for these tests.</summary>
public class QualifiedNameTests
{
    [Theory]
    [InlineData("South Los Angeles", "los angeles")]
    [InlineData("Greater Mumbai", "mumbai")]
    [InlineData("Upstate New York", "new york")]
    [InlineData("Salinas Valley", "salinas")]
    [InlineData("Port of Oakland", "oakland")]
    [InlineData("Lake Hartwell", "hartwell")]
    [InlineData("Platte Co.", "platte county")]
    [InlineData("Madison Twp.", "madison")]
    [InlineData("Eastern Aleppo Province", "aleppo province")]
    public void A_qualified_name_falls_back_to_the_name_it_qualifies(string name, string fallback) =>
        Assert.Contains(fallback, QualifiedNames.Fallbacks(PlaceName.Key(name)));

    [Fact]
    public void A_name_with_no_qualifier_has_no_fallback() =>
        Assert.Empty(QualifiedNames.Fallbacks(PlaceName.Key("Springfield")));

    [Fact]
    public void A_part_of_a_city_the_gazetteer_lacks_resolves_to_the_city()
    {
        const string text = "Police patrolled South Los Angeles and Long Beach overnight.";

        var south = Geocode.First(text, "South Los Angeles", "Long Beach");

        Assert.Equal(("USA", "CA"), (south?.CountryAlpha3, south?.Admin1));
    }

    [Fact]
    public void A_county_abbreviated_co_is_found_as_the_county()
    {
        var platte = Geocode.First("Deputies in Platte Co., Nebraska, closed the road.", "Platte Co.", "Nebraska");

        Assert.Equal((PlaceKind.Admin2, "NE"), (platte?.Kind, platte?.Admin1));
    }

    [Fact]
    public void A_name_found_as_written_is_not_read_as_a_qualified_one()
    {
        // West Virginia is a state, not the west of Virginia.
        var state = Geocode.First("Floods hit West Virginia.", "West Virginia");

        Assert.Equal("West Virginia", state?.Name);
    }
}
