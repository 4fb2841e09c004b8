using Chronicle.Places;

namespace Chronicle.Tests.Places;

/// <summary>
/// Names news uses that GeoNames' populated places list otherwise (data/places/places.extra.tsv): English
/// and former names, short forms, and seats of power standing for their government; sentences written for these tests.
/// </summary>
public class PlaceNamesInNewsTests
{
    [Theory]
    [InlineData("Cologne", "DEU")]
    [InlineData("Gothenburg", "SWE")]
    [InlineData("Acapulco", "MEX")]
    [InlineData("Bangalore", "IND")]
    [InlineData("Kobani", "SYR")]
    [InlineData("Hodeidah", "YEM")]
    public void A_city_is_found_by_its_english_or_short_name(string name, string country)
    {
        var place = Geocode.First($"Crowds gathered in {name} on Sunday.", name);

        Assert.Equal(country, place?.CountryAlpha3);
    }

    [Theory]
    [InlineData("Persia", "IRN")]
    [InlineData("Ceylon", "LKA")]
    [InlineData("Zaire", "COD")]
    public void A_former_country_name_is_the_country_that_bears_it_now(string name, string country)
    {
        var place = Geocode.First($"Traders from {name} arrived.", name);

        Assert.Equal((country, PlaceKind.Country), (place?.CountryAlpha3, place?.Kind));
    }

    [Theory]
    [InlineData("Republic of Congo", "COG")]
    [InlineData("Democratic Republic of Congo", "COD")]
    public void A_country_is_found_by_its_official_name_written_without_the(string name, string country)
    {
        var place = Geocode.First($"Health workers in the {name} reported new cases of the disease on Tuesday.", name);

        Assert.Equal((country, PlaceKind.Country), (place?.CountryAlpha3, place?.Kind));
    }

    [Fact]
    public void A_seat_of_power_stands_in_its_capital()
    {
        const string text = "The Kremlin rejected the claim, and the White House said talks would go on.";
        var places = Geocode.All(text, "Kremlin", "White House");

        Assert.Equal(("RUS", PlaceKind.Capital), (places[0].Place?.CountryAlpha3, places[0].Place?.Kind));
        Assert.Equal(("USA", PlaceKind.Capital), (places[1].Place?.CountryAlpha3, places[1].Place?.Kind));
    }

    [Fact]
    public void England_lies_at_geonames_point_within_a_hundred_km_of_london()
    {
        // GeoNames puts England at 52.16N 0.70W; the box around its towns lies 130 km to the north-west.
        var england = Geocode.First("Rain fell across England.", "England");
        var london = Geocode.First("Rain fell across London.", "London");

        Assert.True(GeoMath.DistanceKm(england!, london!) < 100);
    }

    [Fact]
    public void The_nouns_for_a_countrys_people_stand_for_the_country()
    {
        const string text = "Danes, Swedes and Britons queued at the border.";
        var places = Geocode.All(text, "Danes", "Swedes", "Britons");

        Assert.Equal(["DNK", "SWE", "GBR"], places.Select(p => p.Place?.CountryAlpha3));
        Assert.All(places, p => Assert.Equal(PlaceKind.Country, p.Place?.Kind));
    }

    [Fact]
    public void A_province_abbreviation_names_the_province()
    {
        var province = Geocode.First("Fires spread near Kelowna, B.C., on Monday.", "B.C.", "Kelowna");

        Assert.Equal(("CAN", PlaceKind.Admin1), (province?.CountryAlpha3, province?.Kind));
    }

    [Fact]
    public void A_region_news_names_is_found()
    {
        var carolinas = Geocode.First("The storm hit Georgia and the Carolinas.", "Carolinas", "Georgia");

        Assert.Equal(("USA", PlaceKind.Region), (carolinas?.CountryAlpha3, carolinas?.Kind));
    }
}
