using Chronicle.Tagging;

namespace Chronicle.Tests.Tagging;

/// <summary>A fast entity model fused with an encoder's label log-probabilities: both are summed before decoding.</summary>
public class EncoderScoreFusionTests
{
    private static readonly string[] Words = ["the", "river", "rose", "yesterday"];

    private static readonly SequenceModel Fast = ModelCatalog.Load("ontonotes");

    private static IReadOnlyList<string> Pos => ModelCatalog.Load("pos").Tag(Words);

    /// <summary>Log-probabilities that put every word outside an entity except "river", a one-word PERSON.</summary>
    private static float[] RiverIsAPerson()
    {
        var labels = Fast.Labels.Count;
        var scores = Enumerable.Repeat(-30f, Words.Length * labels).ToArray();
        for (var w = 0; w < Words.Length; w++)
            scores[(w * labels) + Fast.Labels.ToList().IndexOf(w == 1 ? "U-PERSON" : "O")] = 0;
        return scores;
    }

    [Fact]
    public void Strong_encoder_scores_overrule_the_fast_models_reading()
    {
        Assert.DoesNotContain(Fast.Tag(Words, Pos), t => t.EndsWith("PERSON", StringComparison.Ordinal));

        var fused = Fast.WithEncoderScores(12f).Tag(Words, Pos, RiverIsAPerson());

        Assert.Equal(["O", "B-PERSON", "O", "O"], fused);
    }

    [Fact]
    public void With_a_tiny_weight_the_fast_model_keeps_its_reading() =>
        Assert.Equal(Fast.Tag(Words, Pos), Fast.WithEncoderScores(1e-4f).Tag(Words, Pos, RiverIsAPerson()));

    [Fact]
    public void A_fused_model_reads_one_score_per_label_a_word()
    {
        var fused = Fast.WithEncoderScores(1f);

        Assert.True(fused.ReadsVectors);
        Assert.Equal(Fast.Labels.Count, fused.VectorDimensions);
        Assert.Throws<ArgumentException>(() => fused.Tag(Words, Pos, new float[Words.Length]));
    }
}
