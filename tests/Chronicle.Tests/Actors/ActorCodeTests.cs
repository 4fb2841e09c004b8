using Chronicle.Actors;

namespace Chronicle.Tests.Actors;

public class ActorCodeTests
{
    [Theory]
    [InlineData("IRNGOV", "IRN", "GOV")]
    [InlineData("BHRCOP", "BHR", "COP")]
    [InlineData("PSEREBHMS", "PSE", "REB")]
    [InlineData("IRQ", "IRQ", null)]
    [InlineData("IGOUNO", null, "IGO")]
    [InlineData("GOV", null, "GOV")]
    [InlineData("irngov", "IRN", "GOV")]
    public void A_code_reads_as_country_then_sectors(string code, string? country, string? sector)
    {
        var parsed = SectorCodes.Parse(code);

        Assert.Equal(country, parsed.Country);
        Assert.Equal(sector, parsed.Sector);
        Assert.Equal(code.ToUpperInvariant(), parsed.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("IR")]
    [InlineData("IRNGO")]
    [InlineData("+++")]
    [InlineData("ELR/GAL")]
    public void A_malformed_code_is_refused(string code) =>
        Assert.Throws<FormatException>(() => SectorCodes.Parse(code));

    [Fact]
    public void A_code_can_take_another_country_and_keep_its_sectors()
    {
        var code = SectorCodes.Parse("IRNMIL").WithCountry("IRQ");

        Assert.Equal("IRQMIL", code.Value);
    }
}
