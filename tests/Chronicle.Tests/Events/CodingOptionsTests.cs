using Chronicle.Articles;
using Chronicle.Events;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Events;

/// <summary>Options a source sets for its events, as PETRARCH records set them with &lt;Config&gt;.</summary>
public class CodingOptionsTests
{
    private static readonly Lazy<ArticlePipeline> Pipeline = new(() => ArticlePipeline.CreateDefault());

    private static int EventsOf(string text, Dictionary<string, string> options) =>
        Pipeline.Value.Analyze(new RawArticle { Text = text, Options = options, Location = new InputLocation("test") })
            .Stories.Sum(s => s.Doc.Events.Count);

    [Fact]
    public void Require_dyad_drops_an_event_with_no_target()
    {
        const string march = "Kenyan students staged a protest on Monday.";

        Assert.True(EventsOf(march, []) > 0);
        Assert.Equal(0, EventsOf(march, new() { ["require_dyad"] = "True" }));
        Assert.True(EventsOf(march, new() { ["require_dyad"] = "false" }) > 0);
    }

    [Fact]
    public void Require_dyad_keeps_an_event_with_both_sides()
    {
        Assert.True(EventsOf("Kenyan police arrested two Ugandan activists in Nairobi.", new() { ["require_dyad"] = "TRUE" }) > 0);
    }

    [Fact]
    public void A_source_that_sets_nothing_is_coded_by_default()
    {
        Assert.Same(CodingOptions.Default, CodingOptions.From(new Dictionary<string, string>()));
        Assert.False(CodingOptions.Default.RequireDyad);
    }

    [Fact]
    public void Comma_clauses_leave_out_an_aside_and_an_attribution_but_not_a_list()
    {
        var settings = new Dictionary<string, string> { ["comma_max"] = "8", ["comma_emax"] = "8" };
        const string aside = "Kenyan police, the country's main force in the region, arrested two Ugandan activists.";
        const string list = "Kenya, the embattled Uganda, and Tanzania condemned the raid.";

        const string attributed = "Kenyan police arrested two Ugandan activists, a senior Tanzanian official told reporters on Monday.";

        Assert.Equal(CommaClauses.PetrarchDefaults, CodingOptions.From(settings).Commas);
        Assert.True(EventsOf(aside, settings) > 0);
        Assert.Equal(2, EventsOf(attributed, []));
        Assert.Equal(1, EventsOf(attributed, settings));
        Assert.Equal(3, Pipeline.Value.Analyze(new RawArticle { Text = list, Options = settings, Location = new InputLocation("test") })
            .Stories.Single().Doc.Events.Where(e => e.Code.Root == "11").Select(e => e.Source).Distinct().Count());
    }
}
