namespace Chronicle.Tests.Actors;

/// <summary>The seed dispatch's named and described actors, coded as an analyst would code them.</summary>
public class SeedDispatchActorTests
{
    private static readonly Lazy<List<CodedActor>> Actors = new(() => ActorPipeline.Code(File.ReadAllText(RepoPaths.SeedDispatch), new DateOnly(2023, 2, 24)));

    [Theory]
    [InlineData("Hossein Amir-Abdollahian", "IRNGOV")]
    [InlineData("Iranian Foreign Minister", "IRNGOV")]
    [InlineData("Iraqi government officials", "IRQGOV")]
    [InlineData("Qassim al-Araji", "IRQGOV")]
    [InlineData("Ali Shamkhani", "IRNGOV")]
    [InlineData("Islamic Revolution Guards Corps (IRGC)", "IRNMIL")]
    [InlineData("Faleh al-Fayyad", "IRQMIL")]
    [InlineData("Popular Mobilisation Units (PMU)", "IRQMIL")]
    [InlineData("Fayyad", "IRQMIL")]
    [InlineData("Faiq Zidane", "IRQJUD")]
    [InlineData("Iraqi judiciary official", "IRQJUD")]
    [InlineData("Zidane", "IRQJUD")]
    [InlineData("US forces", "USAMIL")]
    [InlineData("top Iranian diplomat", "IRNGOV")]
    [InlineData("Bahraini peaceful protesters", "BHROPP")]
    [InlineData("al-Wefaq National Islamic Society", "BHROPP")]
    [InlineData("Bahrain Centre for Human Rights (BCHR)", "BHRHRI")]
    [InlineData("troops", "SAUMIL")]
    [InlineData("Yemeni families", "YEMCVL")]
    [InlineData("Somali government", "SOMGOV")]
    [InlineData("Saudi-led coalition", "SAUMIL")]
    [InlineData("Security Council", "IGOUNO")]
    public void A_named_or_described_actor_gets_its_code(string text, string code) =>
        Assert.Equal(code, Actors.Value.Find(text).Code);

    [Theory]
    [InlineData("advisor", "Qassim al-Araji")]
    [InlineData("Iranian minister", "Hossein Amir-Abdollahian")]
    [InlineData("He", "Hossein Amir-Abdollahian")]
    public void A_mention_that_refers_back_names_its_antecedent(string text, string name) =>
        Assert.Equal(name, Actors.Value.Find(text).Name);

    [Fact]
    public void Bahraini_forces_are_bahraini()
    {
        var forces = Actors.Value.All("Bahraini forces");

        Assert.NotEmpty(forces);
        Assert.All(forces, a => Assert.StartsWith("BHR", a.Code));
    }
}
