using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

/// <summary>Full-text search over stories, which every store answers alike.</summary>
public abstract class SearchTests : IDisposable
{
    private readonly TestDatabase _db;
    private readonly IArticleStore _store;

    private protected SearchTests(TestDatabase db)
    {
        _db = db;
        _store = db.Open();
        _store.Store(TestArticles.Make("talks", [Fixtures.Talks, Fixtures.Arrests], title: "Talks in Port Amber"));
        _store.Store(TestArticles.Make("island", [Fixtures.Evictions]));
        _store.Store(TestArticles.Make("ports", ["The port of Eastbay reopened. Port workers said the port was busy again."]));
    }

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
        GC.SuppressFinalize(this);
    }

    [StoreFact]
    public void A_word_is_found_with_a_snippet_marking_it()
    {
        var hit = Assert.Single(_store.Search("vestria"));

        Assert.Equal(("talks", "Talks in Port Amber", 0), (hit.ArticleId, hit.Title, hit.Story));
        Assert.Contains("[Vestria]", hit.Snippet, StringComparison.Ordinal);
    }

    [StoreFact]
    public void A_story_with_more_matches_ranks_first()
    {
        var hits = _store.Search("port");

        Assert.Equal(3, hits.Count);
        Assert.Equal("ports", hits[0].ArticleId);
        Assert.True(hits[0].Rank < hits[1].Rank && hits[1].Rank <= hits[2].Rank);
        Assert.Single(_store.Search("port", limit: 1));
    }

    [StoreFact]
    public void Every_term_must_match()
    {
        var hit = Assert.Single(_store.Search("port protesters"));

        Assert.Equal(("talks", 1), (hit.ArticleId, hit.Story));
    }

    [StoreFact]
    public void A_prefix_query_matches_longer_words()
    {
        var hit = Assert.Single(_store.Search("negotiat*"));

        Assert.Contains("[negotiations]", hit.Snippet, StringComparison.Ordinal);
    }

    [StoreFact]
    public void A_quoted_phrase_matches_only_its_words_in_order()
    {
        Assert.Single(_store.Search("\"security talks\""));
        Assert.Empty(_store.Search("\"talks security\""));
    }

    [StoreFact]
    public void Diacritics_do_not_matter()
    {
        Assert.Equal("island", Assert.Single(_store.Search("Qarus")).ArticleId);
    }

    [StoreFact]
    public void A_query_with_nothing_to_search_for_finds_nothing()
    {
        Assert.All(new[] { "", "   ", "*", "\"\"" }, query => Assert.Empty(_store.Search(query)));
    }

    [StoreFact]
    public void Hostile_input_never_throws()
    {
        string[] queries =
        [
            "\"unbalanced", "AND OR", "NEAR(", "NEAR(port talks, 2)", "text:port", "port\"talks", "(port OR", "^port -talks +", "\"port\"*\"*",
            "'; DROP TABLE stories; --", "port' & !talks", "port\\", "!port <-> talks:*", "port\0talks", "'", "\\'",
        ];

        Assert.All(queries, query => _ = _store.Search(query));
        Assert.All(queries, query => _ = _store.FindEvents(new EventQuery { Text = query, Actor = query, Near = query }));
        Assert.Equal(3, _store.ListArticles().Count);
    }

    [StoreFact]
    public void Fts_operators_in_a_query_are_searched_as_words()
    {
        // As an operator OR would match both stories; as a word it matches neither, having no "or".
        Assert.Empty(_store.Search("Norland OR Eastbay"));
        var hit = Assert.Single(_store.Search("Norland AND Vestria"));
        Assert.Equal(("talks", 0), (hit.ArticleId, hit.Story));
    }

    [StoreFact]
    public void A_phrase_may_start_inside_a_hyphenated_name()
    {
        _store.Store(TestArticles.Make("kuri", ["Soldiers landed on Abd al-Kuri at dawn."]));

        Assert.Equal("kuri", Assert.Single(_store.Search("\"Abd al\"")).ArticleId);
        Assert.Equal("kuri", Assert.Single(_store.Search("al-Kuri")).ArticleId);
        Assert.Empty(_store.Search("\"al Abd\""));
    }
}

public sealed class SqliteSearchTests() : SearchTests(new SqliteTestDatabase());

[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchTests(PostgresServer server) : SearchTests(new PostgresTestDatabase(server, nameof(PostgresSearchTests)));
