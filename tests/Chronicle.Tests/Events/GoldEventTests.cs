using Chronicle.Evaluation;

namespace Chronicle.Tests.Events;

/// <summary>How a hand-coded gold line accepts a coded event, and how a gold file is read.</summary>
public class GoldEventTests
{
    private static GoldEvent Line(string source, string cameo, string target) => new(0, "cue", source, cameo, target, 1);

    [Fact]
    public void Codes_are_prefixes()
    {
        Assert.True(Line("IRQ", "04", "IRNGOV").Accepts("IRQGOV", "046", "IRNGOV"));
        Assert.False(Line("IRQ", "04", "IRNGOV").Accepts("IRNGOV", "046", "IRQGOV"));
        Assert.False(Line("IRQ", "042", "IRN").Accepts("IRQGOV", "043", "IRNGOV"));
    }

    [Fact]
    public void A_star_takes_any_target_and_a_dash_none()
    {
        Assert.True(Line("SAU", "19", "*").Accepts("SAU", "190", null));
        Assert.True(Line("SAU", "19", "*").Accepts("SAU", "190", "YEM"));
        Assert.True(Line("SAU", "19", "-").Accepts("SAU", "190", null));
        Assert.False(Line("SAU", "19", "-").Accepts("SAU", "190", "YEM"));
    }

    [Fact]
    public void An_event_without_a_source_is_never_accepted()
    {
        Assert.False(Line("SAU", "19", "*").Accepts(null, "190", "YEM"));
    }

    [Fact]
    public void A_line_short_of_fields_is_reported_with_its_number()
    {
        using var scratch = new ScratchDir();
        var path = scratch.Write("gold.tsv", "# comment\n0\tmet with\tIRNGOV\t04\tIRQ\n1\tno target column\tBHR\t17\n");

        var error = Assert.Throws<InvalidDataException>(() => GoldEvent.Read(path));

        Assert.Contains("gold.tsv:3", error.Message);
    }
}
