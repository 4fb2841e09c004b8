namespace Chronicle.Tests.Actors;

/// <summary>A country's or city's name inside the name of a sea, gulf, strait, river or lake is a place, not an actor.</summary>
public class WaterNameTests
{
    [Theory]
    [InlineData("Vietnam and Malaysia said on Monday that fishing rights in the South China Sea should be settled by talks.", "China")]
    [InlineData("Pirates seized a cargo ship in the Gulf of Aden on Sunday, the shipping company said in a statement.", "Aden")]
    [InlineData("Farmers around Lake Chad have lost much of their land to the desert over the past thirty years.", "Chad")]
    public void A_name_inside_a_body_of_waters_name_is_no_actor(string sentence, string name)
    {
        var actors = ActorPipeline.Code(sentence);

        Assert.Empty(actors.All(name));
    }

    [Fact]
    public void The_country_itself_is_still_coded_beside_a_water_word()
    {
        var actors = ActorPipeline.Code("China sent three coast guard ships into the disputed sea on Monday, the Philippine navy said.");

        Assert.Equal("CHN", actors.Find("China").Code);
    }
}
