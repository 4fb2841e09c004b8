using Chronicle.Articles;

namespace Chronicle.Queue.Tests;

public sealed class EnqueueTests
{
    [NatsFact]
    public async Task Enqueueing_the_same_articles_again_is_dropped_by_the_server()
    {
        await using var harness = new QueueHarness();
        var queue = await harness.ConnectAsync();
        var publisher = new ArticlePublisher(queue);
        var articles = QueueHarness.Inputs(QueueHarness.Articles(5));

        var first = await publisher.PublishAllAsync(articles, _ => Assert.Fail("no input is bad"));
        var again = await publisher.PublishAllAsync(articles, _ => Assert.Fail("no input is bad"));

        Assert.Equal((5, 0, 0), (first.Published, first.Duplicates, first.Failed));
        Assert.Equal((0, 5, 0), (again.Published, again.Duplicates, again.Failed));
        Assert.Equal(5, (await queue.FindStreamAsync())!.State.Messages);
    }

    [NatsFact]
    public async Task The_same_text_from_another_file_is_the_same_article_and_is_dropped()
    {
        await using var harness = new QueueHarness();
        var queue = await harness.ConnectAsync();
        var article = QueueHarness.Articles(1)[0];
        // Another id and location, but the same URL-less text: the same dedup key, so the same article.
        var copy = article with { Id = "copy", Location = new InputLocation("other.txt") };

        var tally = await new ArticlePublisher(queue).PublishAllAsync(QueueHarness.Inputs([article, copy]), _ => { });

        Assert.Equal((1, 1), (tally.Published, tally.Duplicates));
    }

    [NatsFact]
    public async Task A_bad_input_is_reported_by_place_and_the_rest_are_published()
    {
        await using var harness = new QueueHarness();
        var queue = await harness.ConnectAsync();
        var good = QueueHarness.Articles(2);
        var bad = new InputError(new InputLocation("feed.jsonl", 2), "malformed JSON");
        var errors = new List<InputError>();

        var tally = await new ArticlePublisher(queue).PublishAllAsync([good[0], bad, good[1]], errors.Add);

        Assert.Equal((2, 1), (tally.Published, tally.Failed));
        Assert.Equal([bad], errors);
    }

    [NatsFact]
    public async Task An_article_larger_than_the_servers_max_payload_is_refused_by_place_and_the_rest_are_published()
    {
        await using var harness = new QueueHarness();
        var queue = await harness.ConnectAsync();
        var huge = new RawArticle { Text = new string('x', (int)queue.MaxPayload + 1), Location = new InputLocation("huge.txt") };
        var errors = new List<InputError>();

        var tally = await new ArticlePublisher(queue).PublishAllAsync(QueueHarness.Inputs([huge, .. QueueHarness.Articles(1)]), errors.Add);

        Assert.Equal((1, 1), (tally.Published, tally.Failed));
        Assert.Equal("huge.txt", Assert.Single(errors).Location.Source);
    }
}
