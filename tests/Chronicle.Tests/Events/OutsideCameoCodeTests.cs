using Chronicle.Articles;
using Chronicle.Events.Petrarch;
using Chronicle.Export;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Chronicle.Tests.Storage;

namespace Chronicle.Tests.Events;

/// <summary>An imported dictionary's code outside CAMEO is coded as written, with no score or class that no table gives it.</summary>
public class OutsideCameoCodeTests
{
    private const string Text = "Kenyan police detained three Somali journalists in Nairobi on Tuesday, a police spokesman told reporters in the capital.";

    private static ArticlePipeline PipelineWith(string verbs, ScratchDir scratch)
    {
        scratch.Write("mine.verbs.txt", verbs);
        return ArticlePipeline.CreateDefault(patterns: PetrarchVerbs.LoadFolder(scratch.Root, out _));
    }

    private static RawArticle Article => new() { Text = Text, Date = new DateOnly(2024, 5, 2), Location = new InputLocation("test") };

    [Fact]
    public void A_code_outside_CAMEO_is_kept_with_no_Goldstein_score_QuadClass_or_PLOVER_type()
    {
        using var scratch = new ScratchDir();
        var analyzed = PipelineWith("--- DETAIN [212] ---\nDETAIN\n", scratch).Analyze(Article);

        var record = Assert.Single(EventRecords.Of(analyzed), r => r.Cameo == "212");
        Assert.Equal("KENCOP", record.Source?.Code);
        Assert.Null(record.Goldstein);
        Assert.Null(record.Quad);
        Assert.Null(record.Plover);
        var gdelt = GdeltEventTsv.Row(1, record, DateTime.UnixEpoch).Split('\t');
        Assert.Equal("", gdelt[Array.IndexOf(GdeltEventTsv.Header, "QuadClass")]);
        Assert.Equal("", gdelt[Array.IndexOf(GdeltEventTsv.Header, "GoldsteinScale")]);
    }

    [Fact]
    public void A_stored_event_outside_CAMEO_reads_back_unscored_and_stays_off_the_QuadClass_timeline()
    {
        using var scratch = new ScratchDir();
        var analyzed = PipelineWith("--- DETAIN [212] ---\nDETAIN\n", scratch).Analyze(Article);
        using var db = new SqliteTestDatabase();
        using var store = db.Open();

        store.Store(analyzed);

        var stored = Assert.Single(store.FindEvents(new EventQuery()), e => e.Cameo == "212");
        Assert.Null(stored.Goldstein);
        Assert.Null(stored.Quad);
        Assert.Equal(store.FindEvents(new EventQuery()).Count(e => e.Quad is not null), store.Timeline(new EventQuery()).Sum(d => d.Quads.Sum()));
    }

    [Fact]
    public void A_code_in_letters_outside_CAMEO_codes_nothing()
    {
        using var scratch = new ScratchDir();
        var analyzed = PipelineWith("--- DETAIN [21X] ---\nDETAIN\n", scratch).Analyze(Article);

        Assert.DoesNotContain(EventRecords.Of(analyzed), r => r.Cameo == "21X");
    }
}
