using Chronicle.Articles;
using Chronicle.Pipeline;
using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

/// <summary>Events and actor mentions go into the store with their article and come back filtered.</summary>
public abstract class StoredEventTests : IDisposable
{
    private readonly TestDatabase _db;
    private readonly IArticleStore _store;

    private protected StoredEventTests(TestDatabase db)
    {
        _db = db;
        _store = db.Open();
        _store.Store(AnalyzedSamples.Dispatch);
    }

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
        GC.SuppressFinalize(this);
    }

    [StoreFact]
    public void A_quoted_statement_comes_back_with_its_quote_and_speaker()
    {
        var raw = new RawArticle
        {
            Text = "The Kenyan interior ministry said in a statement: 'The curfew will stay in place until the attackers are found.'",
            Date = new DateOnly(2024, 11, 20), Location = new InputLocation("quote"),
        };
        _store.Store(AnalyzedSamples.Pipeline.Analyze(raw));

        var statement = Assert.Single(_store.FindEvents(new EventQuery { Cameo = "01" }), e => e.Quote is not null && e.Text.Contains("curfew", StringComparison.Ordinal));

        Assert.StartsWith("The curfew will stay", statement.Quote!.Text, StringComparison.Ordinal);
        Assert.Equal("KENGOV", statement.Quote.Speaker?.Code);
    }

    [StoreFact]
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

    [StoreFact]
    public void Events_filter_by_country_code_and_root()
    {
        var tunisian = _store.FindEvents(new EventQuery { Country = "TUN", Cameo = "17" });

        Assert.NotEmpty(tunisian);
        Assert.All(tunisian, e => Assert.StartsWith("17", e.Cameo));
        Assert.All(tunisian, e => Assert.True(e.Source?.Country == "TUN" || e.Target?.Country == "TUN"));
    }

    [StoreFact]
    public void Events_filter_by_actor_words_and_by_dates()
    {
        Assert.NotEmpty(_store.FindEvents(new EventQuery { Actor = "Sorour" }));
        Assert.Empty(_store.FindEvents(new EventQuery { From = new DateOnly(2025, 1, 1) }));
        Assert.NotEmpty(_store.FindEvents(new EventQuery { From = new DateOnly(2024, 11, 1), To = new DateOnly(2024, 11, 30) }));
    }

    [StoreFact]
    public void Events_filter_by_the_words_of_their_story()
    {
        var gafsa = _store.FindEvents(new EventQuery { Text = "Gafsa" });

        Assert.NotEmpty(gafsa);
        Assert.All(gafsa, e => Assert.Equal(1, e.Story));
    }

    [StoreFact]
    public void Actor_mentions_come_back_with_their_sentences()
    {
        var article = _store.FindArticle(_store.ListArticles().Single().Id)!;
        var actors = article.Stories.SelectMany(s => s.Sentences).SelectMany(s => s.Actors).ToList();

        Assert.Contains(actors, a => a.Text == "Nabil Sorour" && a.Code == "EGYGOV" && a.Via == "context");
        Assert.Contains(actors, a => a.Via == "coreference" && a.Kind == "pronoun");
    }
}

public sealed class SqliteStoredEventTests() : StoredEventTests(new SqliteTestDatabase());

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoredEventTests(PostgresServer server) : StoredEventTests(new PostgresTestDatabase(server, nameof(PostgresStoredEventTests)));

/// <summary>Stored events paged, sorted, counted and aggregated, as the HTTP API reads them.</summary>
public abstract class EventBrowsingTests : IDisposable
{
    private readonly TestDatabase _db;
    private readonly IArticleStore _store;

    private protected EventBrowsingTests(TestDatabase db)
    {
        _db = db;
        _store = db.Open();
        _store.Store(AnalyzedSamples.Dispatch);
        _store.RefreshStatistics();
    }

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
        GC.SuppressFinalize(this);
    }

    [StoreFact]
    public void Pages_cover_every_event_once_and_the_count_is_the_total()
    {
        var all = _store.FindEvents(new EventQuery());
        var paged = Enumerable.Range(0, (all.Count + 4) / 5).SelectMany(p => _store.FindEvents(new EventQuery { Offset = p * 5, Limit = 5 })).ToList();

        Assert.Equal(all.Select(e => e.Id), paged.Select(e => e.Id));
        Assert.Equal(all.Count, _store.CountEvents(new EventQuery { Limit = 1 }));
        Assert.Equal(all.Count, all.Select(e => e.Id).Distinct().Count());
        var found = _store.FindEvent(all[3].Id!);
        Assert.Equal((all[3].Text, all[3].Cameo, all[3].Source?.Code), (found?.Text, found?.Cameo, found?.Source?.Code));
        Assert.Null(_store.FindEvent("no-such-event"));
    }

    [StoreFact]
    public void A_known_count_of_matches_changes_how_a_page_is_read_never_what_it_holds()
    {
        EventQuery[] queries =
        [
            new(), new() { Limit = 3 }, new() { Offset = 4, Limit = 3 }, new() { Quad = 4, Limit = 2 },
            new() { Country = "EGY", Limit = 2 }, new() { Country = "EGY", Offset = 2, Limit = 2 }, new() { Sort = EventSort.Conflict, Limit = 4 },
        ];

        foreach (var query in queries)
        {
            var plain = _store.FindEvents(query).Select(e => e.Id).ToList();
            var count = _store.CountEvents(query);
            Assert.NotEmpty(plain);
            // Told that many match, the store reads in page order; told that few match, it sorts the matches.
            Assert.Equal(plain, _store.FindEvents(query, matching: count).Select(e => e.Id));
            Assert.Equal(plain, _store.FindEvents(query, matching: 1).Select(e => e.Id));
        }
    }

    [StoreFact]
    public void Sorts_order_by_goldstein_and_confidence()
    {
        var conflict = _store.FindEvents(new EventQuery { Sort = EventSort.Conflict }).Select(e => e.Goldstein).ToList();
        var sure = _store.FindEvents(new EventQuery { Sort = EventSort.Confidence }).Select(e => e.Confidence).ToList();

        Assert.Equal(conflict.Order(), conflict);
        Assert.Equal(sure.OrderDescending(), sure);
    }

    [StoreFact]
    public void An_actor_filter_takes_a_stored_code_or_words_of_a_name()
    {
        var byCode = _store.FindEvents(new EventQuery { Actor = "egygov" });
        var byWords = _store.FindEvents(new EventQuery { Actor = "Egyptian" });

        Assert.NotEmpty(byCode);
        Assert.All(byCode, e => Assert.True(e.Source?.Code == "EGYGOV" || e.Target?.Code == "EGYGOV"));
        Assert.NotEmpty(byWords);
        Assert.All(byWords, e => Assert.Contains("Egyptian", $"{e.Source?.Text} {e.Source?.Name} {e.Target?.Text} {e.Target?.Name}", StringComparison.OrdinalIgnoreCase));
    }

    [StoreFact]
    public void Aggregates_count_the_selected_events()
    {
        var tunisian = new EventQuery { Country = "TUN" };
        var events = _store.FindEvents(tunisian);

        Assert.Equal(events.Count, _store.Timeline(tunisian).Sum(d => d.Quads.Sum()));
        Assert.Equal(events.Count(e => e.Source?.Code is not null && e.Target?.Code is not null), _store.Dyads(tunisian).Sum(d => d.Count));
        Assert.Equal(events.Count(e => e.Source?.Code is not null), _store.ActorCounts(tunisian).Sum(a => a.AsSource));
        Assert.Equal(events.Count, _store.Facets(tunisian).Quads.Sum(q => q.Count));
        Assert.Equal("TUN", _store.Facets(tunisian).Countries[0].Value);
        Assert.Equal(events.Count(e => e.Place is not null), _store.Places(tunisian).Sum(p => p.Count));
    }

    [StoreFact]
    public void Newest_first_puts_events_of_unknown_date_last_on_every_page()
    {
        _store.Store(AnalyzedSamples.Pipeline.Analyze(new RawArticle
        {
            Text = "Police in Norland arrested four protesters. Soldiers attacked the village.", Location = new InputLocation("undated"),
        }));

        var dates = _store.FindEvents(new EventQuery()).Select(e => e.Date).ToList();
        var paged = Enumerable.Range(0, (dates.Count + 6) / 7).SelectMany(p => _store.FindEvents(new EventQuery { Offset = p * 7, Limit = 7 })).Select(e => e.Date);

        Assert.Contains(null, dates);
        Assert.Equal(dates.OrderBy(d => d is null).ThenByDescending(d => d, StringComparer.Ordinal), dates);
        Assert.Equal(dates, paged);
    }
}

public sealed class SqliteEventBrowsingTests() : EventBrowsingTests(new SqliteTestDatabase());

[Collection(PostgresCollection.Name)]
public sealed class PostgresEventBrowsingTests(PostgresServer server) : EventBrowsingTests(new PostgresTestDatabase(server, nameof(PostgresEventBrowsingTests)));
