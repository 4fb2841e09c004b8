using Chronicle.Text;

namespace Chronicle.Tests.Text;

public class TokenizerAnnotatorTests
{
    [Fact]
    public void Sets_the_token_and_sentence_layers()
    {
        var doc = new Doc("Rain fell. Roads flooded.");
        new TokenizerAnnotator().Annotate(doc);
        Assert.Equal(6, doc.Tokens.Count);
        Assert.Equal(["Rain fell.", "Roads flooded."], doc.Sentences.Select(doc.TextOf));
    }

    [Fact]
    public void Is_named_tokenizer()
    {
        Assert.Equal("tokenizer", new TokenizerAnnotator().Name);
    }

    [Fact]
    public void Gives_each_document_its_own_layers_when_run_in_parallel()
    {
        var annotator = new TokenizerAnnotator();
        var docs = Enumerable.Range(0, 200)
            .Select(i => new Doc(string.Concat(Enumerable.Repeat($"Report {i} arrived. ", i % 7 + 1))))
            .ToArray();
        Parallel.ForEach(docs, annotator.Annotate);
        for (var i = 0; i < docs.Length; i++)
        {
            Assert.Equal(i % 7 + 1, docs[i].Sentences.Count);
            Assert.Equal(4 * (i % 7 + 1), docs[i].Tokens.Count);
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), docs[i][docs[i].Tokens[1]].ToString());
        }
    }
}
