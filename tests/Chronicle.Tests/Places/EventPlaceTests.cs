using Chronicle.Articles;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Places;

/// <summary>An event's place: the resolved place after "in", "at" or "near" nearest its verb, else the dateline's; sentences written for these tests.</summary>
public class EventPlaceTests
{
    private static readonly Lazy<ArticlePipeline> Pipeline = new(() => ArticlePipeline.CreateDefault());

    private static List<(string Cameo, string? Place, string? Country)> Code(string text)
    {
        var analyzed = Pipeline.Value.Analyze(new RawArticle { Text = text, Location = new InputLocation("test") });
        return
        [
            .. analyzed.Stories.SelectMany(s => s.Doc.Events.Select(e =>
                (e.Code.Code, e.Place is { } p ? s.Doc.Places[p].Place?.Name : null, e.Place is { } q ? s.Doc.Places[q].Place?.CountryAlpha3 : null))),
        ];
    }

    [Fact]
    public void An_arrest_in_a_city_takes_that_city_as_its_place()
    {
        var arrest = Code("Kenyan police arrested three Somali journalists in Nairobi on Tuesday.").First(e => e.Cameo.StartsWith("17", StringComparison.Ordinal));

        Assert.Equal("Nairobi", arrest.Place);
        Assert.Equal("KEN", arrest.Country);
    }

    [Theory]
    [InlineData("NAIROBI, March 3 (Chronicle) - Kenyan troops attacked militant camps in southern Somalia on Tuesday, the army said.", "SOM")]
    [InlineData("NAIROBI, March 3 (Chronicle) - Kenyan troops attacked militant camps near the town of Kismayo on Tuesday, the army said.", "SOM")]
    public void A_place_described_after_its_locative_is_still_where(string text, string country)
    {
        var attack = Code(text).First(e => e.Cameo.StartsWith("19", StringComparison.Ordinal));

        Assert.Equal(country, attack.Country);
    }

    [Fact]
    public void A_place_that_only_says_who_is_not_where()
    {
        var events = Code("Iraq's foreign minister criticized Iranian officials on Monday.");

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Null(e.Place));
    }

    [Fact]
    public void An_event_with_no_place_of_its_own_happened_where_the_dateline_says()
    {
        var events = Code("NAIROBI, March 3 (Chronicle) - Police arrested three opposition activists on Tuesday, their lawyer said.");

        var arrest = events.First(e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal("Nairobi", arrest.Place);
        Assert.Equal("KEN", arrest.Country);
    }

    [Fact]
    public void A_place_opening_a_sentence_is_no_dateline_when_a_lower_case_word_comes_before_the_dash()
    {
        var events = Code("Nairobi police arrested three opposition activists - their lawyer said.");

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Null(e.Place));
    }
}
