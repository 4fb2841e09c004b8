using Chronicle.Events.Petrarch;

namespace Chronicle.Tests.Events.Petrarch;

/// <summary>PETRARCH's coding ontology, read for the codes that deny each other.</summary>
public class PetrarchOntologyTests
{
    private static PetrarchOntology Read(string text, List<string> warnings) =>
        PetrarchOntology.Read(new StringReader(text), "mine.ontology.txt", warnings);

    [Fact]
    public void Codes_a_negation_apart_deny_each_other_both_ways()
    {
        var warnings = new List<string>();
        var ontology = Read("# a comment\n\n040:0xB000#Consult\n050:0x0080\n110:0x1007f#0xFFFF+0x0080#Disapprove\n020:0x2000\n021:0x2000-0xFFFF\n08:0x0200\n080:0x0200\n124:-0xFFFF+0x0200\n---:0\n", warnings);

        Assert.Empty(warnings);
        Assert.Equal("110", ontology.Negated("050"));
        Assert.Equal("050", ontology.Negated("110"));
        Assert.Equal("021", ontology.Negated("020"));
        Assert.Equal("020", ontology.Negated("021"));
        // Two codes with one value: the first listed answers for both.
        Assert.Equal("124", ontology.Negated("080"));
        Assert.Equal("08", ontology.Negated("124"));
        Assert.Null(ontology.Negated("040"));
        Assert.Null(ontology.Negated("190"));
    }

    [Fact]
    public void An_unreadable_line_is_named_and_the_rest_loads()
    {
        var warnings = new List<string>();
        var ontology = Read("050:0x0080\n110:0xZZ\nnonsense\n111:0x1007f\n", warnings);

        Assert.Equal(2, warnings.Count);
        Assert.Contains("mine.ontology.txt:2", warnings[0], StringComparison.Ordinal);
        Assert.Contains("mine.ontology.txt:3", warnings[1], StringComparison.Ordinal);
        Assert.Equal("111", ontology.Negated("050"));
    }
}
