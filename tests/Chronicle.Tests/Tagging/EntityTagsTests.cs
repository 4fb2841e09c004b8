using Chronicle.Tagging;

namespace Chronicle.Tests.Tagging;

public class EntityTagsTests
{
    [Fact]
    public void Iob1_chunks_open_on_an_inside_tag_and_split_on_a_begin_of_the_same_type()
    {
        string[] iob1 = ["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"];

        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG"], EntityTags.ToIob2(iob1));
    }

    [Fact]
    public void Bilou_marks_last_and_unit_tokens()
    {
        string[] iob2 = ["B-GPE", "I-GPE", "I-GPE", "O", "B-PERSON", "B-ORG", "I-ORG"];

        Assert.Equal(["B-GPE", "I-GPE", "L-GPE", "O", "U-PERSON", "B-ORG", "L-ORG"], EntityTags.ToBilou(iob2));
    }

    [Fact]
    public void Bilou_reads_back_as_the_same_chunks()
    {
        string[] iob2 = ["B-GPE", "I-GPE", "O", "B-PERSON", "B-ORG", "I-ORG", "I-ORG"];

        Assert.Equal(EntityTags.Chunks(iob2), EntityTags.Chunks(EntityTags.ToBilou(iob2)));
    }

    [Fact]
    public void Bilou_chunks_directly_as_through_iob2()
    {
        string[] bilou = ["U-GPE", "U-GPE", "B-ORG", "I-ORG", "L-ORG", "O", "U-ORG", "U-PERSON"];

        Assert.Equal(
            [new EntityChunk(0, 1, "GPE"), new EntityChunk(1, 2, "GPE"), new EntityChunk(2, 5, "ORG"), new EntityChunk(6, 7, "ORG"), new EntityChunk(7, 8, "PERSON")],
            EntityTags.Chunks(bilou));
        Assert.Equal(EntityTags.Chunks(EntityTags.ToIob2(bilou)), EntityTags.Chunks(bilou));
    }

    [Theory]
    [InlineData(null, "B-ORG", true)]
    [InlineData(null, "I-ORG", false)]
    [InlineData("B-ORG", "L-ORG", true)]
    [InlineData("B-ORG", "L-GPE", false)]
    [InlineData("B-ORG", "O", false)]
    [InlineData("I-ORG", null, false)]
    [InlineData("L-ORG", "U-GPE", true)]
    [InlineData("O", "L-ORG", false)]
    public void Bilou_allows_only_well_formed_transitions(string? previous, string? next, bool allowed) =>
        Assert.Equal(allowed, EntityTags.BilouAllows(previous, next));
}
