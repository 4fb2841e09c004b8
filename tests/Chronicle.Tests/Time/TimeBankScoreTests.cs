using Chronicle.Evaluation;
using Chronicle.Time;

namespace Chronicle.Tests.Time;

/// <summary>The time annotator on TimeBank and AQUAINT (TBAQ-cleaned, read from ../shared in memory): its value F1 must not fall.</summary>
public sealed class TimeBankScoreTests
{
    private static string Corpus => Path.Combine(RepoPaths.Shared, "data", "time", "TBAQ-cleaned.zip");

    /// <summary>A little under the measured 81.3 (bench/README.md), so a regression fails and noise does not.</summary>
    private const double ValueF1Floor = 0.80;

    [Fact]
    public void Value_f1_on_tbaq_stays_above_its_floor()
    {
        if (!File.Exists(Corpus))
            return;
        var documents = TimeMlDocument.ReadAll(Corpus);
        var (scores, _) = TimexEvaluation.Run(TimexAnnotator.WithPrerequisites(), documents);

        Assert.Equal(256, documents.Count);
        Assert.Equal(1822, scores.Value.Gold);
        Assert.True(scores.Value.F1 >= ValueF1Floor, $"value F1 {scores.Value.F1:P1} is under the floor {ValueF1Floor:P0}");
        Assert.True(scores.Relaxed.F1 >= 0.90, $"relaxed extent F1 {scores.Relaxed.F1:P1}");
    }

    [Fact]
    public void A_match_right_but_for_its_extent_is_listed_as_an_extent_difference()
    {
        const string xml = """
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06" functionInDocument="CREATION_TIME">02/06/1998</TIMEX3></DCT>
            <TEXT>The old textile plant on the river ran for <TIMEX3 tid="t1" type="DURATION" value="P3Y">only three years</TIMEX3> before it closed.</TEXT></TimeML>
            """;

        var (scores, differences) = TimexEvaluation.Run(TimexAnnotator.WithPrerequisites(), [TimeMlDocument.Parse("test", xml)]);

        Assert.Equal((1, 0), (scores.Value.Correct, scores.Strict.Correct));
        var difference = Assert.Single(differences);
        Assert.Equal(("extent", "three years | gold: only three years"), (difference.Kind, difference.Text));
    }

    [Fact]
    public void A_timeml_document_gives_its_text_without_tags_and_its_gold_offsets()
    {
        const string xml = """
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06" functionInDocument="CREATION_TIME">02/06/1998</TIMEX3></DCT>
            <TEXT>Talks <EVENT eid="e1">ended</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-05">Thursday</TIMEX3> in Smith &amp; Co.'s office.</TEXT></TimeML>
            """;

        var document = TimeMlDocument.Parse("test", xml);

        Assert.Equal(new DateOnly(1998, 2, 6), document.Dct);
        Assert.Equal("Talks ended Thursday in Smith & Co.'s office.", document.Text);
        var gold = Assert.Single(document.Timexes);
        Assert.Equal("Thursday", document.Text[gold.Start..gold.End]);
        Assert.Equal(("DATE", "1998-02-05"), (gold.Type, gold.Value));
    }
}
