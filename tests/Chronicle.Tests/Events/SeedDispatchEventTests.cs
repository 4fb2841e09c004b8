using Chronicle.Articles;
using Chronicle.Evaluation;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Events;

/// <summary>The seed dispatch's main events, against the hand-coded gold in bench/gold.</summary>
public class SeedDispatchEventTests
{
    private static readonly string GoldFile = Path.Combine(RepoPaths.Root, "bench", "gold", "seed-dispatch.events.tsv");

    [Fact]
    public void Every_main_event_of_the_seed_is_coded_with_its_actors()
    {
        var gold = GoldEvent.Read(GoldFile);
        var article = ArticlePipeline.CreateDefault().Analyze(new RawArticle
        {
            Text = File.ReadAllText(RepoPaths.SeedDispatch), Date = new DateOnly(2023, 2, 24), Location = new InputLocation(RepoPaths.SeedDispatch),
        });

        var (scores, results) = GoldEventEvaluation.Run(article, gold);

        Assert.True(gold.Count >= 20, "the gold names the meetings, airstrikes, arrests, expulsion, demands and the 2015 war");
        Assert.Empty(results.Where(r => r.Match is null).Select(r => r.Gold.ToString()));
        Assert.Equal(gold.Count, scores.Found);
    }
}
