using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

public sealed class SearchTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly SqliteArticleStore _store;

    public SearchTests()
    {
        _store = new SqliteArticleStore(_db.Path);
        _store.Store(TestArticles.Make("talks", [Fixtures.Talks, Fixtures.Arrests], title: "Talks in Port Amber"));
        _store.Store(TestArticles.Make("island", [Fixtures.Evictions]));
        _store.Store(TestArticles.Make("ports", ["The port of Eastbay reopened. Port workers said the port was busy again."]));
    }

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void A_word_is_found_with_a_snippet_marking_it()
    {
        var hit = Assert.Single(_store.Search("vestria"));

        Assert.Equal(("talks", "Talks in Port Amber", 0), (hit.ArticleId, hit.Title, hit.Story));
        Assert.Contains("[Vestria]", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_with_more_matches_ranks_first()
    {
        var hits = _store.Search("port");

        Assert.Equal(3, hits.Count);
        Assert.Equal("ports", hits[0].ArticleId);
        Assert.True(hits[0].Rank < hits[1].Rank && hits[1].Rank <= hits[2].Rank);
        Assert.Single(_store.Search("port", limit: 1));
    }

    [Fact]
    public void Every_term_must_match()
    {
        var hit = Assert.Single(_store.Search("port protesters"));

        Assert.Equal(("talks", 1), (hit.ArticleId, hit.Story));
    }

    [Fact]
    public void A_prefix_query_matches_longer_words()
    {
        var hit = Assert.Single(_store.Search("negotiat*"));

        Assert.Contains("[negotiations]", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_phrase_matches_only_its_words_in_order()
    {
        Assert.Single(_store.Search("\"security talks\""));
        Assert.Empty(_store.Search("\"talks security\""));
    }

    [Fact]
    public void Diacritics_do_not_matter()
    {
        Assert.Equal("island", Assert.Single(_store.Search("Qarus")).ArticleId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("\"\"")]
    public void A_query_with_nothing_to_search_for_finds_nothing(string query)
    {
        Assert.Empty(_store.Search(query));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("AND OR")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(port talks, 2)")]
    [InlineData("text:port")]
    [InlineData("port\"talks")]
    [InlineData("(port OR")]
    [InlineData("^port -talks +")]
    [InlineData("\"port\"*\"*")]
    [InlineData("'; DROP TABLE stories; --")]
    public void Hostile_input_never_throws(string query)
    {
        _ = _store.Search(query);

        Assert.Equal(3, _store.ListArticles().Count);
    }

    [Fact]
    public void Fts_operators_in_a_query_are_searched_as_words()
    {
        // As an operator OR would match both stories; as a word it matches neither, having no "or".
        Assert.Empty(_store.Search("Norland OR Eastbay"));
        var hit = Assert.Single(_store.Search("Norland AND Vestria"));
        Assert.Equal(("talks", 0), (hit.ArticleId, hit.Story));
    }
}
