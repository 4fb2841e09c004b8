using System.Collections.Immutable;
using System.Text;
using Chronicle.Articles;

namespace Chronicle.Queue.Tests;

public sealed class ArticleMessageTests
{
    [Fact]
    public void A_decoded_message_is_the_article_that_was_encoded()
    {
        var article = new RawArticle
        {
            Id = "r-7",
            Title = "Talks resume",
            Url = "https://example.org/news/7",
            Date = new DateOnly(2024, 5, 3),
            Source = "Wire",
            Byline = "A. Writer",
            Text = "Talks resumed in Doha on Friday.\nBoth sides called them \"useful\".",
            Options = ImmutableDictionary<string, string>.Empty.Add("require_dyad", "false"),
            Location = new InputLocation("feed.jsonl", 12),
        };

        var decoded = ArticleMessage.Decode(ArticleMessage.Encode(article));

        Assert.Equal(article with { Options = decoded.Options }, decoded);
        Assert.Equal(article.Options, decoded.Options);
        Assert.Equal(ArticleBuilder.Build(article).DedupKey, ArticleBuilder.Build(decoded).DedupKey);
    }

    [Fact]
    public void An_article_without_metadata_keeps_its_nulls()
    {
        var article = new RawArticle { Text = "Farmers blocked a highway.", Location = new InputLocation("-") };

        var decoded = ArticleMessage.Decode(ArticleMessage.Encode(article));

        Assert.Equal(article with { Options = decoded.Options }, decoded);
        Assert.Empty(decoded.Options);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"version\": 2, \"article\": {\"text\": \"x\", \"location\": {\"source\": \"f\"}}}")]
    [InlineData("{\"article\": {\"text\": \"x\", \"location\": {\"source\": \"f\"}}}")]
    [InlineData("{\"version\": 1, \"article\": {\"location\": {\"source\": \"f\"}}}")]
    [InlineData("{\"version\": 1, \"article\": {\"text\": \"x\"}}")]
    public void A_payload_this_build_cannot_read_is_refused_plainly(string payload)
    {
        var error = Assert.Throws<ArticleMessageException>(() => ArticleMessage.Decode(Encoding.UTF8.GetBytes(payload)));

        Assert.NotEmpty(error.Message);
    }
}
