using Chronicle.Tagging;

namespace Chronicle.Tests.Tagging;

public class TaggingScoresTests
{
    [Fact]
    public void A_chunk_counts_only_when_its_span_and_type_both_match()
    {
        IReadOnlyList<string> gold = ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"];
        IReadOnlyList<string> predicted = ["B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG"];

        var scores = TaggingScores.Chunks([(gold, predicted)]);

        var all = scores[^1];
        Assert.Equal(("ALL", 3, 3, 2), (all.Type, all.Gold, all.Predicted, all.Correct));
        var loc = scores.Single(s => s.Type == "LOC");
        Assert.Equal((1, 0, 0), (loc.Gold, loc.Predicted, loc.Correct));
        Assert.Equal(0.5, scores.Single(s => s.Type == "ORG").Precision);
    }

    [Fact]
    public void A_chunk_cut_short_is_wrong()
    {
        IReadOnlyList<string> gold = ["B-GPE", "I-GPE", "I-GPE"];
        IReadOnlyList<string> predicted = ["B-GPE", "I-GPE", "O"];

        Assert.Equal(0, TaggingScores.Chunks([(gold, predicted)])[^1].Correct);
    }

    [Fact]
    public void Accuracy_counts_tokens()
    {
        IReadOnlyList<string> gold = ["NNP", "VBD", "DT", "NN"];
        IReadOnlyList<string> predicted = ["NNP", "VBN", "DT", "NN"];

        Assert.Equal(0.75, TaggingScores.Accuracy([(gold, predicted)]));
    }
}
