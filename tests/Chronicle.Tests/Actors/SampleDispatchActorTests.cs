namespace Chronicle.Tests.Actors;

/// <summary>The bundled sample dispatch (our own text, with names no dictionary holds) coded as an analyst would code it.</summary>
public class SampleDispatchActorTests
{
    private static readonly Lazy<List<CodedActor>> Actors = new(() => ActorPipeline.Code(File.ReadAllText(RepoPaths.SampleDispatch), new DateOnly(2024, 11, 20)));

    [Theory]
    [InlineData("Nabil Sorour", "EGYGOV")]
    [InlineData("Egyptian minister", "EGYGOV")]
    [InlineData("Sudanese officials", "SDNGOV")]
    [InlineData("Omar al-Tayeb", "SDNGOV")]
    [InlineData("Al-Tayeb", "SDNGOV")]
    [InlineData("He", "EGYGOV")]
    [InlineData("Cairo", "EGYGOV")]
    [InlineData("African Union (AU)", "IGOAFRAFU")]
    [InlineData("Egyptian coast guard", "EGYMIL")]
    [InlineData("police", "TUNCOP")]
    [InlineData("Tunisian League for Human Rights (LTDH)", "TUNHRI")]
    [InlineData("statement", "TUNHRI")]
    [InlineData("Ruth Wanjiru", "KENGOV")]
    [InlineData("World Food Programme (WFP)", "IGOUNOWFP")]
    public void A_named_or_described_actor_gets_its_code(string text, string code) =>
        Assert.Equal(code, Actors.Value.Find(text).Code);

    [Fact]
    public void No_actor_is_left_without_a_code_but_unknown_people()
    {
        var uncoded = Actors.Value.Where(a => a.Code is null).ToList();

        Assert.All(uncoded, a => Assert.Equal(Chronicle.Actors.MentionKind.Name, a.Kind));
    }
}
