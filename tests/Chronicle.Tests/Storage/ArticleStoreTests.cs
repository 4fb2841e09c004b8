using System.Data.Common;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Chronicle.Stories;
using Chronicle.Text;

namespace Chronicle.Tests.Storage;

/// <summary>What every store does with articles: stores them once, finds and lists them, and stays whole when one fails.</summary>
public abstract class ArticleStoreTests : IDisposable
{
    private readonly TestDatabase _db;
    private readonly IArticleStore _store;

    private protected ArticleStoreTests(TestDatabase db)
    {
        _db = db;
        _store = db.Open();
    }

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
        GC.SuppressFinalize(this);
    }

    [StoreFact]
    public void Finding_a_stored_article_returns_what_went_in()
    {
        var analyzed = TestArticles.Make(
            "a1", [Fixtures.Talks, Fixtures.Arrests], url: "https://news.example/talks",
            date: new DateOnly(2024, 3, 7), title: "Talks in Port Amber", caption: Fixtures.Caption, language: "en");

        var outcome = _store.Store(analyzed);
        var found = _store.FindArticle("a1");

        Assert.Equal(new StoreOutcome("a1", AlreadyStored: false), outcome);
        Assert.NotNull(found);
        Assert.Equal(
            new ArticleSummary("a1", "Talks in Port Amber", "https://news.example/talks", new DateOnly(2024, 3, 7), "en", Stories: 2, Sentences: 5, Events: 0),
            found.Summary);
        Assert.Equal("Test Wire", found.Source);
        Assert.Equal("A. Reporter", found.Byline);
        Assert.Equal(analyzed.Article.Body.Text, found.Text);
        var caption = Assert.Single(found.Captions);
        Assert.Equal(Fixtures.Caption, caption.Text);
        Assert.Equal(Fixtures.Caption, found.Text[caption.Start..caption.End]);

        Assert.Equal(analyzed.Stories.Count, found.Stories.Count);
        foreach (var (expected, stored) in analyzed.Stories.Zip(found.Stories))
        {
            Assert.Equal((expected.Story.Index, expected.Story.Start, expected.Story.End, expected.Story.Text), (stored.Index, stored.Start, stored.End, stored.Text));
            Assert.Equal(stored.Text, found.Text[stored.Start..stored.End]);
            Assert.Equal(
                expected.Doc.Sentences.Select((s, i) => (i, s.Start, s.End, expected.Doc.TextOf(s))),
                stored.Sentences.Select(s => (s.Index, s.Start, s.End, s.Text)));
        }
        Assert.Equal("The security talks lasted six hours.", found.Stories[0].Sentences[1].Text);
    }

    [StoreFact]
    public void Entities_are_stored_with_the_sentence_that_holds_them()
    {
        var analyzed = TestArticles.Make("ents", ["Rain fell in Lima. Farmers in Cusco waited."]);
        var doc = analyzed.Stories[0].Doc;
        var lima = doc.Tokens.Select((t, i) => (t, i)).Single(p => doc[p.t].SequenceEqual("Lima"));
        var cusco = doc.Tokens.Select((t, i) => (t, i)).Single(p => doc[p.t].SequenceEqual("Cusco"));
        doc.SetEntities([
            new Entity(lima.i, lima.i + 1, lima.t.Start, lima.t.End, "GPE"),
            new Entity(cusco.i, cusco.i + 1, cusco.t.Start, cusco.t.End, "GPE"),
        ]);

        _store.Store(analyzed);

        var sentences = _store.FindArticle("ents")!.Stories[0].Sentences;
        var first = Assert.Single(sentences[0].Entities);
        Assert.Equal(("Lima", "GPE"), (first.Text, first.Type));
        var second = Assert.Single(sentences[1].Entities);
        Assert.Equal("Cusco", sentences[1].Text[(second.Start - sentences[1].Start)..(second.End - sentences[1].Start)]);
    }

    [StoreFact]
    public void Time_expressions_are_stored_with_their_sentence_type_and_value()
    {
        var analyzed = TestArticles.Make("times", ["Rain fell in Lima. Farmers waited until Friday."]);
        var doc = analyzed.Stories[0].Doc;
        var friday = doc.Tokens.Select((t, i) => (t, i)).Single(p => doc[p.t].SequenceEqual("Friday"));
        doc.SetTimeExpressions([new Chronicle.Time.TimeExpression(friday.t.Start, friday.t.End, friday.i, friday.i + 1, 1,
            Chronicle.Time.TimexType.Date, "2024-05-03", Chronicle.Time.TimePrecision.Day, new DateOnly(2024, 5, 3))]);

        _store.Store(analyzed);

        var sentences = _store.FindArticle("times")!.Stories[0].Sentences;
        Assert.Empty(sentences[0].Times);
        Assert.Equal(new StoredTime(friday.t.Start, friday.t.End, "DATE", "2024-05-03", "Friday"), Assert.Single(sentences[1].Times));
    }

    [StoreFact]
    public void An_unknown_id_is_not_found()
    {
        Assert.Null(_store.FindArticle("missing"));
    }

    [StoreFact]
    public void An_article_without_date_or_title_keeps_them_null()
    {
        _store.Store(TestArticles.Make("plain", [Fixtures.Evictions], language: "und"));

        var summary = Assert.Single(_store.ListArticles());

        Assert.Equal(new ArticleSummary("plain", null, null, null, "und", 1, 1, 0), summary);
    }

    [StoreFact]
    public void Articles_are_listed_newest_ingest_first_with_their_counts()
    {
        _store.Store(TestArticles.Make("first", [Fixtures.Talks]));
        _store.Store(TestArticles.Make("second", [Fixtures.Arrests, Fixtures.Evictions]));
        _store.Store(TestArticles.Make("third", [Fixtures.Evictions]));

        var listed = _store.ListArticles();

        Assert.Equal(["third", "second", "first"], listed.Select(a => a.Id));
        Assert.Equal((2, 3), (listed[1].Stories, listed[1].Sentences));
        Assert.Equal((1, 3), (listed[2].Stories, listed[2].Sentences));
        Assert.Equal(["third", "second"], _store.ListArticles(limit: 2).Select(a => a.Id));
    }

    [StoreFact]
    public void The_data_version_grows_with_each_new_article_and_stands_otherwise()
    {
        var empty = _store.DataVersion();
        _store.Store(TestArticles.Make("a1", [Fixtures.Talks]));
        var one = _store.DataVersion();
        _store.Store(TestArticles.Make("a1", [Fixtures.Talks]));
        var again = _store.DataVersion();
        _store.Store(TestArticles.Make("a2", [Fixtures.Arrests]));

        Assert.True(one > empty);
        Assert.Equal(one, again);
        Assert.True(_store.DataVersion() > one);
    }

    [StoreFact]
    public void Storing_the_same_article_twice_stores_it_once_and_says_so()
    {
        var first = _store.Store(TestArticles.Make("a1", [Fixtures.Talks]));
        var second = _store.Store(TestArticles.Make("a1", [Fixtures.Talks]));

        Assert.False(first.AlreadyStored);
        Assert.Equal(new StoreOutcome("a1", AlreadyStored: true), second);
        Assert.Single(_store.ListArticles());
        Assert.Single(_store.Search("Vestria"));
    }

    [StoreFact]
    public void An_article_with_a_url_dedups_on_the_url_even_when_its_text_changed()
    {
        _store.Store(TestArticles.Make("a1", [Fixtures.Talks], url: "https://news.example/talks"));

        var again = _store.Store(TestArticles.Make("a1-updated", [Fixtures.Talks + " A second round is planned."], url: "https://news.example/talks"));

        Assert.Equal(new StoreOutcome("a1", AlreadyStored: true), again);
        Assert.Null(_store.FindArticle("a1-updated"));
        Assert.Equal(Fixtures.Talks, Assert.Single(_store.FindArticle("a1")!.Stories).Text);
    }

    [StoreFact]
    public void Articles_without_url_dedup_on_their_text()
    {
        _store.Store(TestArticles.Make("from-feed", [Fixtures.Talks]));

        var again = _store.Store(TestArticles.Make("from-file", [Fixtures.Talks]));

        Assert.Equal(new StoreOutcome("from-feed", AlreadyStored: true), again);
    }

    [StoreFact]
    public void A_different_article_with_a_taken_id_is_stored_under_a_suffixed_id()
    {
        _store.Store(TestArticles.Make("1", [Fixtures.Talks]));

        var second = _store.Store(TestArticles.Make("1", [Fixtures.Arrests]));
        var third = _store.Store(TestArticles.Make("1", [Fixtures.Evictions]));

        Assert.Equal(new StoreOutcome("1-2", AlreadyStored: false), second);
        Assert.Equal(new StoreOutcome("1-3", AlreadyStored: false), third);
        Assert.Equal(Fixtures.Arrests, _store.FindArticle("1-2")!.Stories[0].Text);
    }

    [StoreFact]
    public void A_failure_mid_article_leaves_nothing_of_it_behind()
    {
        var good = TestArticles.Make("broken", [Fixtures.Talks, Fixtures.Arrests], caption: Fixtures.Caption);

        Assert.ThrowsAny<DbException>(() => _store.Store(Broken(good)));

        Assert.Empty(_store.ListArticles());
        Assert.Null(_store.FindArticle("broken"));
        Assert.Empty(_store.Search("Vestria"));
        Assert.Equal(0L, _db.Number("SELECT (SELECT count(*) FROM blocks) + (SELECT count(*) FROM stories) + (SELECT count(*) FROM sentences)"));
        Assert.Equal(new StoreOutcome("broken", AlreadyStored: false), _store.Store(good));
    }

    [StoreFact]
    public void Articles_stored_together_are_each_kept_whole_or_left_out()
    {
        var broken = Broken(TestArticles.Make("broken", [Fixtures.Talks, Fixtures.Arrests], caption: Fixtures.Caption));

        var attempts = _store.StoreAll([
            TestArticles.Make("talks", [Fixtures.Talks]), broken, TestArticles.Make("arrests", [Fixtures.Arrests]), TestArticles.Make("talks-again", [Fixtures.Talks])]);

        Assert.Equal(new StoreOutcome("talks", AlreadyStored: false), attempts[0].Outcome);
        Assert.Null(attempts[1].Outcome);
        Assert.IsAssignableFrom<DbException>(attempts[1].Error);
        Assert.Equal(new StoreOutcome("arrests", AlreadyStored: false), attempts[2].Outcome);
        // The batch's own first article is already there for the fourth, which has the same text.
        Assert.Equal(new StoreOutcome("talks", AlreadyStored: true), attempts[3].Outcome);
        Assert.Equal(["arrests", "talks"], _store.ListArticles().Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(0L, _db.Number("SELECT (SELECT count(*) FROM blocks WHERE article_id = 'broken') + (SELECT count(*) FROM sentences WHERE article_id = 'broken')"));
        Assert.Equal(2, _store.Search("Vestria").Count + _store.Search("arrested").Count);
    }

    [StoreFact]
    public void Storing_no_articles_stores_nothing()
    {
        Assert.Empty(_store.StoreAll([]));
        Assert.Empty(_store.ListArticles());
    }

    [StoreFact]
    public void Two_stores_on_one_database_see_each_others_articles()
    {
        using var other = _db.Open();

        _store.Store(TestArticles.Make("a1", [Fixtures.Talks]));
        var again = other.Store(TestArticles.Make("a1", [Fixtures.Talks]));

        Assert.True(again.AlreadyStored);
        Assert.Equal("a1", Assert.Single(other.ListArticles()).Id);
    }

    [StoreFact]
    public void One_store_can_be_shared_by_threads()
    {
        var stories = Enumerable.Range(0, 24).Select(i => $"Report number {i} from the coast.").ToArray();

        Parallel.ForEach(stories, (story, _, i) => _store.Store(TestArticles.Make($"r{i}", [story])));

        Assert.Equal(24, _store.ListArticles().Count);
        Assert.Equal(24, _store.Search("coast", limit: 100).Count);
    }

    [StoreFact]
    public void Two_stores_storing_the_same_articles_at_once_store_each_once()
    {
        using var other = _db.Open();
        var articles = Enumerable.Range(0, 20).Select(i => TestArticles.Make($"same{i}", [$"Report number {i} from the harbour."])).ToArray();
        StoreOutcome[] mine = [], theirs = [];

        // In opposite orders, so that the two meet in the middle on the same articles.
        Parallel.Invoke(
            () => mine = [.. articles.Select(_store.Store)],
            () => theirs = [.. Enumerable.Reverse(Enumerable.Reverse(articles).Select(other.Store).ToArray())]);

        Assert.Equal(articles.Length, _store.ListArticles().Count);
        foreach (var (a, b) in mine.Zip(theirs))
        {
            Assert.Equal(a.Id, b.Id);
            Assert.True(a.AlreadyStored != b.AlreadyStored, $"{a.Id}: stored {(a.AlreadyStored ? "by neither" : "by both")}");
        }
    }

    [StoreFact]
    public void Two_stores_storing_one_batch_in_opposite_orders_at_once_store_each_article_once()
    {
        using var other = _db.Open();
        for (var round = 0; round < 20; round++)
        {
            var batch = Enumerable.Range(0, 6).Select(i => TestArticles.Make($"r{round}b{i}", [$"Convoy {i} of round {round} crossed the border."])).ToArray();
            using var start = new Barrier(2);
            IReadOnlyList<StoreAttempt> mine = [], theirs = [];

            // Both want the same six locks at the same moment, in opposite orders.
            Parallel.Invoke(
                () => { start.SignalAndWait(); mine = _store.StoreAll(batch); },
                () => { start.SignalAndWait(); theirs = other.StoreAll([.. batch.Reverse()]); });

            Assert.All(mine.Concat(theirs), attempt => Assert.Null(attempt.Error));
            Assert.Equal(batch.Length, mine.Concat(theirs).Count(a => !a.Outcome!.AlreadyStored));
        }

        Assert.Equal(120, _store.ListArticles().Count);
    }

    [StoreFact]
    public void Different_articles_with_one_id_stored_at_once_get_ids_of_their_own()
    {
        using var other = _db.Open();
        StoreOutcome[] mine = [], theirs = [];

        Parallel.Invoke(
            () => mine = [.. Enumerable.Range(0, 10).Select(i => _store.Store(TestArticles.Make($"{i}", [$"Ships left port number {i}."])))],
            () => theirs = [.. Enumerable.Range(0, 10).Select(i => other.Store(TestArticles.Make($"{i}", [$"Trucks left depot number {i}."])))]);

        Assert.All(mine.Concat(theirs), outcome => Assert.False(outcome.AlreadyStored));
        for (var i = 0; i < 10; i++)
            Assert.Equal(new[] { $"{i}", $"{i}-2" }, new[] { mine[i].Id, theirs[i].Id }.Order());
        Assert.All(mine, outcome => Assert.StartsWith("Ships", _store.FindArticle(outcome.Id)!.Stories[0].Text, StringComparison.Ordinal));
        Assert.All(theirs, outcome => Assert.StartsWith("Trucks", _store.FindArticle(outcome.Id)!.Stories[0].Text, StringComparison.Ordinal));
    }

    /// <summary>
    /// The article with its second story renumbered 0: the article, its blocks and first story are written
    /// before the stories' key refuses the second.
    /// </summary>
    private static AnalyzedArticle Broken(AnalyzedArticle good) => new()
    {
        Article = good.Article,
        Language = good.Language,
        Annotated = good.Annotated,
        Stories = [good.Stories[0], good.Stories[1] with { Story = good.Stories[1].Story with { Index = 0 } }],
    };
}

public sealed class SqliteArticleStoreTests() : ArticleStoreTests(new SqliteTestDatabase());

[Collection(PostgresCollection.Name)]
public sealed class PostgresArticleStoreTests(PostgresServer server) : ArticleStoreTests(new PostgresTestDatabase(server, nameof(PostgresArticleStoreTests)));
