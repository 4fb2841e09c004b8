using Chronicle.Places;

namespace Chronicle.Tests.Places;

/// <summary>Ambiguous names resolved by what the text around them says; sentences written for these tests.</summary>
public class GeoparserTests
{
    [Fact]
    public void A_famous_city_wins_when_nothing_else_is_said()
    {
        var paris = Geocode.First("Paris hosted the talks.", "Paris");

        Assert.Equal("FRA", paris?.CountryAlpha3);
    }

    [Fact]
    public void The_countries_a_text_is_about_choose_among_namesakes()
    {
        const string text = "Storms flooded roads around Dallas and Tyler on Monday, and officials in Texas said Paris was cut off for hours.";

        var paris = Geocode.First(text, "Paris", "Dallas", "Tyler", "Texas");

        Assert.Equal("USA", paris?.CountryAlpha3);
        Assert.Equal("TX", paris?.Admin1);
    }

    [Fact]
    public void A_place_named_after_a_comma_contains_the_one_before_it()
    {
        var missouri = Geocode.First("The plant in Springfield, Mo., will close.", "Springfield");
        var illinois = Geocode.First("The plant in Springfield, Illinois, will close.", "Springfield", "Illinois");

        Assert.Equal("MO", missouri?.Admin1);
        Assert.Equal("IL", illinois?.Admin1);
    }

    [Fact]
    public void A_place_named_after_in_contains_the_one_before_it()
    {
        var springfield = Geocode.First("Voters in Springfield in Ohio went to the polls.", "Springfield", "Ohio");

        Assert.Equal("OH", springfield?.Admin1);
    }

    [Fact]
    public void A_demonym_stands_for_its_country_and_a_shared_one_for_the_sovereign_state()
    {
        const string text = "Bahraini police and American diplomats met.";
        var places = Geocode.All(text, "Bahraini", "American");

        Assert.Equal("BHR", places[0].Place?.CountryAlpha3);
        Assert.Equal(PlaceKind.Country, places[0].Place?.Kind);
        Assert.Equal("USA", places[1].Place?.CountryAlpha3);
    }

    [Fact]
    public void A_division_or_region_demonym_stands_for_it_and_a_peoples_name_for_no_town()
    {
        const string text = "Texan ranchers, Catalan leaders, European diplomats and Arab ministers met in the Welsh capital.";
        var places = Geocode.All(text, "Texan", "Catalan", "European", "Arab", "Welsh");

        Assert.Equal(("Texas", "USA"), (places[0].Place?.Name, places[0].Place?.CountryAlpha3));
        Assert.Equal(("Catalonia", "ESP"), (places[1].Place?.Name, places[1].Place?.CountryAlpha3));
        Assert.Equal(PlaceKind.Continent, places[2].Place?.Kind);
        Assert.Null(places[3].Place); // not Arab, Alabama
        Assert.Equal("Wales", places[4].Place?.Name);
    }

    [Fact]
    public void A_demonym_row_must_name_a_place_the_gazetteer_has()
    {
        var demonyms = PlaceDemonyms.Read(new StringReader("demonyms\tname\tfeature\tcountry\nAtlantean\tAtlantis\tA.ADM1\tGR\n"), "mine.tsv");
        var row = new PlaceRow(null, "Athens", [], "P.PPLC", "GR", "", 600_000, 37.98, 23.73);

        var e = Assert.Throws<InvalidDataException>(() => Gazetteer.Build([row], [], [], demonyms: demonyms));

        Assert.Contains("Atlantis", e.Message);
    }

    [Fact]
    public void A_kind_word_after_a_name_chooses_that_kind_of_place()
    {
        var state = Geocode.First("Wildfires spread across Washington state this summer.", "Washington");
        var capital = Geocode.First("Washington said the sanctions would stay.", "Washington");

        Assert.Equal(PlaceKind.Admin1, state?.Kind);
        Assert.Equal(PlaceKind.Capital, capital?.Kind);
    }

    [Fact]
    public void A_name_the_gazetteer_lacks_stays_unresolved()
    {
        var place = Geocode.First("They met in Qwxrtzville.", "Qwxrtzville");

        Assert.Null(place);
    }

    [Fact]
    public void The_arabic_article_and_diacritics_do_not_stop_a_match()
    {
        var muharraq = Geocode.First("Protesters gathered in Muharraq.", "Muharraq");
        var sanaa = Geocode.First("Talks resumed in Sana'a.", "Sana'a");

        Assert.Equal("BHR", muharraq?.CountryAlpha3);
        Assert.Equal("YEM", sanaa?.CountryAlpha3);
    }

    [Fact]
    public void A_county_named_without_its_kind_word_is_found_in_the_state_the_text_is_about()
    {
        const string text = "Sheriffs in Otter Tail and Wilkin met in Fergus Falls, Minnesota, on Tuesday.";

        var places = Geocode.All(text, "Otter Tail", "Wilkin", "Fergus Falls", "Minnesota");

        foreach (var (_, county) in places.Take(2))
        {
            Assert.Equal(PlaceKind.Admin2, county?.Kind);
            Assert.Equal("MN", county?.Admin1);
        }
    }

    [Fact]
    public void A_country_named_among_many_places_of_another_still_claims_its_capital()
    {
        const string text = "The airline, based in New York, flies from Chicago, Atlanta, Boston and Miami. "
            + "Russia approved the route, and the first plane lands in Moscow in June.";

        var moscow = Geocode.First(text, "Moscow", "New York", "Chicago", "Atlanta", "Boston", "Miami", "Russia");

        Assert.Equal("RUS", moscow?.CountryAlpha3);
    }

    [Fact]
    public void A_capital_wins_over_a_division_of_its_name()
    {
        var washington = Geocode.First("The talks in Washington ended on Friday.", "Washington");
        var buenosAires = Geocode.First("Flights to Buenos Aires were cancelled.", "Buenos Aires");

        Assert.Equal(PlaceKind.Capital, washington?.Kind);
        Assert.Equal(PlaceKind.Capital, buenosAires?.Kind);
    }

    [Fact]
    public void A_division_written_with_a_plain_direction_is_found_but_a_region_does_not_become_a_country()
    {
        var darfur = Geocode.First("Aid convoys reached South Darfur this week.", "South Darfur");
        var region = Geocode.First("Drought spread across Southern Africa.", "Southern Africa");

        Assert.Equal(("SDN", PlaceKind.Admin1), (darfur?.CountryAlpha3, darfur?.Kind));
        Assert.Equal(PlaceKind.Region, region?.Kind);
    }

    [Fact]
    public void An_ocean_is_not_outweighed_by_a_namesake_town_in_the_country_the_text_is_about()
    {
        const string text = "Storms over the Pacific grounded flights from Los Angeles, Dallas and Denver.";

        var pacific = Geocode.First(text, "Pacific", "Los Angeles", "Dallas", "Denver");

        Assert.Equal(PlaceKind.Water, pacific?.Kind);
    }

    [Fact]
    public void A_seat_wins_over_its_division_of_the_same_name_and_people()
    {
        var alexandria = Geocode.First("Protests spread in Alexandria on Friday.", "Alexandria");

        Assert.Equal(("EGY", PlaceKind.AdminSeat), (alexandria?.CountryAlpha3, alexandria?.Kind));
    }

    [Fact]
    public void A_city_with_more_people_than_a_namesake_division_abroad_wins_over_it()
    {
        // Portland Parish (Jamaica) and Charlotte Parish (Saint Vincent) have fewer people than the American cities.
        var portland = Geocode.First("Fans gathered in Portland after the match.", "Portland");
        var charlotte = Geocode.First("Fans gathered in Charlotte after the match.", "Charlotte");

        Assert.Equal("USA", portland?.CountryAlpha3);
        Assert.Equal("USA", charlotte?.CountryAlpha3);
    }

    [Fact]
    public void A_division_found_without_its_kind_word_gives_way_to_a_town_named_as_written()
    {
        // "Columbia" is a name of the District of Columbia only once "District of" is left out.
        var columbia = Geocode.First("Students marched in Columbia on Tuesday.", "Columbia");

        Assert.NotEqual(PlaceKind.Admin1, columbia?.Kind);
        Assert.Equal("USA", columbia?.CountryAlpha3);
    }

    [Fact]
    public void A_town_and_a_county_that_decide_each_other_end_in_the_same_state()
    {
        // Each name alone leans elsewhere (the larger Springfield is in Illinois, the larger Huntsville in
        // Alabama); together each is the seat of the other's county, in Missouri and in Texas.
        const string clinics = "Emergency rooms in Springfield treated more uninsured patients last year, and clinics across "
            + "Greene County say the waiting lists keep growing as families lose coverage.";
        const string burnBan = "The Walker County judge lifted the burn ban on Tuesday after talking with the Huntsville fire chief, "
            + "but people living inside Huntsville city limits still need a permit from the fire station.";

        var springfield = Geocode.All(clinics, "Springfield", "Greene County");
        var huntsville = Geocode.All(burnBan, "Walker County", "Huntsville");

        Assert.All(springfield, p => Assert.Equal("MO", p.Place?.Admin1));
        Assert.All(huntsville, p => Assert.Equal("TX", p.Place?.Admin1));
    }

    [Fact]
    public void A_name_in_a_list_of_states_or_provinces_is_one_of_them()
    {
        const string recall = "The recall reached grocery stores in Idaho, Utah, Washington and Montana before the distributor "
            + "stopped its shipments on Friday.";

        var washington = Geocode.First(recall, "Washington", "Idaho", "Utah", "Montana");

        Assert.Equal((PlaceKind.Admin1, "WA"), (washington?.Kind, washington?.Admin1));
    }

    [Fact]
    public void Countries_named_alone_do_not_make_their_namesake_towns_each_others_state()
    {
        // China and Mexico are also towns of Maine; with no division named, their slivers of probability
        // were all the division votes there were, and each gave the other a whole state's support.
        const string text = "The virus has now reached forty countries, and most of the cases were found in Mexico and "
            + "the United States. Doctors from China offered to send teams of nurses to help the hospitals.";

        var china = Geocode.First(text, "China", "Mexico", "United States");

        Assert.Equal(("CHN", PlaceKind.Country), (china?.CountryAlpha3, china?.Kind));
    }

    [Fact]
    public void Many_small_namesakes_in_one_country_do_not_outvote_a_likely_place_elsewhere()
    {
        // The Philippines has a San Fernando in several provinces; together they used to pull the
        // Californian city, and with it the whole text, to the Philippines.
        const string text = "The new bus line will link San Fernando and Los Angeles, and officials in San Fernando hope "
            + "it brings shoppers back downtown.";

        var places = Geocode.All(text, "San Fernando", "Los Angeles");

        Assert.All(places, p => Assert.Equal(("USA", "CA"), (p.Place?.CountryAlpha3, p.Place?.Admin1)));
    }

    [Fact]
    public void A_kind_word_before_a_name_with_of_chooses_that_kind_of_place()
    {
        const string farm = "The first sick cow was found two years ago on a dairy farm in the state of Washington, and "
            + "inspectors are now checking every herd nearby.";
        const string vote = "Voters in the province of Cordoba elected a new governor on Sunday, officials said after the count.";

        var washington = Geocode.First(farm, "Washington");
        var cordoba = Geocode.First(vote, "Cordoba");

        Assert.Equal((PlaceKind.Admin1, "WA"), (washington?.Kind, washington?.Admin1));
        Assert.Equal(("ARG", PlaceKind.Admin1), (cordoba?.CountryAlpha3, cordoba?.Kind));
    }
}

