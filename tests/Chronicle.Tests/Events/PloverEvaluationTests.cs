using Chronicle.Evaluation;

namespace Chronicle.Tests.Events;

/// <summary>The PLOVER gold evaluation counts what the gold counts.</summary>
public class PloverEvaluationTests
{
    private static PloverGoldRecord Record(string type, string source, string text) =>
        new("test-" + type, new DateOnly(2024, 5, 2), text, type, [source]);

    [Fact]
    public void An_international_body_is_right_where_the_gold_writes_IGO_for_its_source()
    {
        var records = new[]
        {
            Record("DISAPPROVE", "IGO", "The United Nations condemned the attack on an aid convoy in the Darfur region of Sudan on Monday."),
            Record("DISAPPROVE", "KEN", "The United Nations condemned the attack on an aid convoy in the Darfur region of Sudan on Monday."),
        };

        var (scores, _) = PloverEvaluation.Run(EventPipeline.Pipeline, records);

        Assert.Equal(2, scores.Found);
        Assert.Equal(2, scores.SourceCountryKnown);
        Assert.Equal(1, scores.SourceCountryRight);
    }

    [Fact]
    public void A_record_is_found_only_by_an_event_of_its_type()
    {
        var (scores, _) = PloverEvaluation.Run(EventPipeline.Pipeline,
            [Record("AID", "KEN", "Kenyan police arrested twelve opposition activists in Nairobi on Tuesday after the rally.")]);

        Assert.Equal(0, scores.Found);
        Assert.True(scores.Predicted > 0);
    }
}
