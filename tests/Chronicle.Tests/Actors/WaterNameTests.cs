namespace Chronicle.Tests.Actors;

/// <summary>A country's name or adjective inside the name of a sea, gulf, strait, river or lake is a place, not an actor.</summary>
public class WaterNameTests
{
    [Theory]
    [InlineData("Vietnam and Malaysia said on Monday that fishing rights in the South China Sea should be settled by talks.", "CHN")]
    [InlineData("Oil from the damaged platform spilled into the Gulf of Mexico on Sunday, the operating company said in a statement.", "MEX")]
    [InlineData("Farmers around Lake Chad have lost much of their land to the desert over the past thirty years, aid workers said.", "TCD")]
    [InlineData("Storms battered several small islands in the Indian Ocean on Sunday, the regional weather service said in a bulletin.", "IND")]
    public void A_name_inside_a_body_of_waters_name_is_no_actor(string sentence, string country)
    {
        var actors = ActorPipeline.Code(sentence);

        Assert.DoesNotContain(actors, a => a.Code?.StartsWith(country, StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_country_itself_is_still_coded_beside_a_water_word()
    {
        var actors = ActorPipeline.Code("China sent three coast guard ships into the disputed sea on Monday, the Philippine navy said.");

        Assert.Equal("CHN", actors.Find("China").Code);
    }
}
