using Chronicle.Articles;
using Chronicle.Pipeline;
using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

/// <summary>Events and actor mentions go into the store with their article and come back filtered.</summary>
public sealed class StoredEventTests : IDisposable
{
    private static readonly Lazy<ArticlePipeline> Pipeline = new(() => ArticlePipeline.CreateDefault());

    private readonly TempDatabase _db = new();
    private readonly SqliteArticleStore _store;

    public StoredEventTests()
    {
        _store = new SqliteArticleStore(_db.Path);
        var raw = new RawArticle { Text = File.ReadAllText(RepoPaths.SampleDispatch), Date = new DateOnly(2024, 11, 20), Location = new InputLocation("sample") };
        _store.Store(Pipeline.Value.Analyze(raw));
    }

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void Every_coded_event_is_stored_and_counted_on_its_article()
    {
        var events = _store.FindEvents(new EventQuery());

        Assert.NotEmpty(events);
        Assert.Equal(events.Count, _store.ListArticles().Single().Events);
        // Stored as exported: the article's date unless a time expression dates the event, which is kept with its words and span.
        Assert.All(events.Where(e => e.DateText is null), e => Assert.Equal(("2024-11-20", "day"), (e.Date, e.DatePrecision)));
        Assert.Contains(events, e => e.DateText == "on Monday");
        var dated = events.First(e => e.DateText == "on Monday");
        Assert.Equal(("2024-11-18", "day"), (dated.Date, dated.DatePrecision));
        Assert.NotNull(dated.Evidence.Time);
    }

    [Fact]
    public void Events_filter_by_country_code_and_root()
    {
        var tunisian = _store.FindEvents(new EventQuery { Country = "TUN", Cameo = "17" });

        Assert.NotEmpty(tunisian);
        Assert.All(tunisian, e => Assert.StartsWith("17", e.Cameo));
        Assert.All(tunisian, e => Assert.True(e.Source?.Country == "TUN" || e.Target?.Country == "TUN"));
    }

    [Fact]
    public void Events_filter_by_actor_words_and_by_dates()
    {
        Assert.NotEmpty(_store.FindEvents(new EventQuery { Actor = "Sorour" }));
        Assert.Empty(_store.FindEvents(new EventQuery { From = new DateOnly(2025, 1, 1) }));
        Assert.NotEmpty(_store.FindEvents(new EventQuery { From = new DateOnly(2024, 11, 1), To = new DateOnly(2024, 11, 30) }));
    }

    [Fact]
    public void Events_filter_by_the_words_of_their_story()
    {
        var gafsa = _store.FindEvents(new EventQuery { Text = "Gafsa" });

        Assert.NotEmpty(gafsa);
        Assert.All(gafsa, e => Assert.Equal(1, e.Story));
    }

    [Fact]
    public void Actor_mentions_come_back_with_their_sentences()
    {
        var article = _store.FindArticle(_store.ListArticles().Single().Id)!;
        var actors = article.Stories.SelectMany(s => s.Sentences).SelectMany(s => s.Actors).ToList();

        Assert.Contains(actors, a => a.Text == "Nabil Sorour" && a.Code == "EGYGOV" && a.Via == "context");
        Assert.Contains(actors, a => a.Via == "coreference" && a.Kind == "pronoun");
    }
}
