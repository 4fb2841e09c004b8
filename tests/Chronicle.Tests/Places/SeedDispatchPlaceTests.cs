using Chronicle.Places;
using Chronicle.Pipeline;
using Chronicle.Stories;

namespace Chronicle.Tests.Places;

/// <summary>The places of the seed dispatch (read from ../shared, never copied): Baghdad, Diraz in Bahrain, Abd al-Kuri and Socotra in Yemen.</summary>
public class SeedDispatchPlaceTests
{
    private static readonly string Text = File.ReadAllText(RepoPaths.SeedDispatch);

    [Fact]
    public void Given_its_place_names_the_geoparser_resolves_each_to_its_country()
    {
        var places = Geocode.All(Text, "Baghdad", "Diraz", "Abd al-Kuri", "Socotra", "Hadibu", "Manama");

        Place Only(string name) => places.Where(p => p.Name == name).Select(p => p.Place).Distinct().Single()!;
        Assert.Equal(98182, Only("Baghdad").GeonameId);
        Assert.Equal("IRQ", Only("Baghdad").CountryAlpha3);
        Assert.Equal("BHR", Only("Diraz").CountryAlpha3);
        Assert.Equal("YEM", Only("Abd al-Kuri").CountryAlpha3);
        Assert.Equal("YEM", Only("Socotra").CountryAlpha3);
        Assert.Equal("YEM", Only("Hadibu").CountryAlpha3);
        Assert.Equal("BHR", Only("Manama").CountryAlpha3);
        Assert.True(GeoMath.DistanceKm(Only("Abd al-Kuri"), Only("Socotra")) < 200);
    }

    [Fact]
    public void The_pipeline_adds_a_place_layer_with_the_dispatchs_places()
    {
        var pipeline = ArticlePipeline.CreateDefault();
        var article = pipeline.Analyze(new Chronicle.Articles.RawArticle { Text = Text, Location = new Chronicle.Articles.InputLocation("seed") });
        var places = article.Stories.SelectMany(s => s.Doc.Places.Where(p => p.Place is not null).Select(p => (Text: s.Doc.Text[p.Start..p.End], Place: p.Place!, p.Demonym))).ToList();

        Assert.Contains(places, p => p.Text == "Baghdad" && p.Place.CountryAlpha3 == "IRQ");
        Assert.Contains(places, p => p.Text == "Diraz" && p.Place.CountryAlpha3 == "BHR");
        Assert.Contains(places, p => p.Text == "Abd al-Kuri" && p.Place.CountryAlpha3 == "YEM");
        Assert.Contains(places, p => p.Text.Contains("Socotra", StringComparison.Ordinal) && p.Place.CountryAlpha3 == "YEM");
        Assert.Contains(places, p => p.Demonym && p.Place.CountryAlpha3 == "BHR");
        Assert.DoesNotContain(places, p => p.Text == "Baghdad" && p.Place.CountryAlpha3 != "IRQ");
    }
}
