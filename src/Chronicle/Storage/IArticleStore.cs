using Chronicle.Pipeline;

namespace Chronicle.Storage;

/// <summary>Where analyzed articles are kept. Each article is stored whole or not at all; storing the same article twice changes nothing.</summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Stores an article with its stories and sentences, unless one with the same dedup key is already there.</summary>
    /// <exception cref="System.Data.Common.DbException">The article could not be stored; nothing of it is.</exception>
    StoreOutcome Store(AnalyzedArticle article);

    /// <summary>
    /// Stores articles in one transaction, which they share (one commit for all: much cheaper per article
    /// than <see cref="Store"/> each). An article that fails is left out whole and the others are stored;
    /// its attempt says why. Throws only when the transaction itself fails, and then nothing is stored.
    /// </summary>
    /// <returns>One attempt per article, in order.</returns>
    IReadOnlyList<StoreAttempt> StoreAll(IReadOnlyList<AnalyzedArticle> articles);

    /// <summary>Stored articles, newest ingest first.</summary>
    IReadOnlyList<ArticleSummary> ListArticles(int limit = int.MaxValue);

    /// <summary>An article with its stories and their sentences, or null when no article has that id.</summary>
    StoredArticle? FindArticle(string id);

    /// <summary>Full-text search over story text, best match first.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit = 20);

    /// <summary>The page of stored events that pass every filter of <paramref name="query"/>, in its order (newest first by default).</summary>
    /// <param name="query">The filters, order and page.</param>
    /// <param name="matching">
    /// How many events pass the filters, when the caller already knows (from a count it keeps): it lets the
    /// store choose between reading events in the page's order and sorting every match. It never changes the answer.
    /// </param>
    IReadOnlyList<Export.EventRecord> FindEvents(EventQuery query, int? matching = null);

    /// <summary>How many stored events pass every filter of <paramref name="query"/> (its page is ignored).</summary>
    int CountEvents(EventQuery query);

    /// <summary>A stored event by its id, or null.</summary>
    Export.EventRecord? FindEvent(string id);

    /// <summary>The selected events per day and QuadClass, oldest day first; events of unknown date are left out.</summary>
    IReadOnlyList<TimelineDay> Timeline(EventQuery query);

    /// <summary>The most frequent source-to-target pairs of coded actors among the selected events.</summary>
    IReadOnlyList<DyadCount> Dyads(EventQuery query, int limit = 100);

    /// <summary>The coded actors of the selected events, most frequent first.</summary>
    IReadOnlyList<ActorCount> ActorCounts(EventQuery query, int limit = 100);

    /// <summary>The places of the selected events that have coordinates, most frequent first.</summary>
    IReadOnlyList<PlaceCount> Places(EventQuery query, int limit = 1000);

    /// <summary>Counts of the selected events by QuadClass, PLOVER type and country (source or target).</summary>
    EventFacets Facets(EventQuery query, int limit = 30);

    /// <summary>
    /// Gathers the statistics the database's planner chooses indexes by; a long-lived reader calls this
    /// when it opens a store, and after adding to it.
    /// </summary>
    void RefreshStatistics();

    /// <summary>
    /// A number that grows whenever an article is stored, cheap to read: while it stays the same, every
    /// count over the store stays the same (Chronicle never edits or deletes a stored article).
    /// </summary>
    long DataVersion();
}

/// <summary>What <see cref="IArticleStore.Store"/> did.</summary>
/// <param name="Id">The id of the stored article: the existing one's when it was already stored.</param>
public sealed record StoreOutcome(string Id, bool AlreadyStored);

/// <summary>What <see cref="IArticleStore.StoreAll"/> did with one article: its outcome, or the error that kept it out.</summary>
public sealed record StoreAttempt(StoreOutcome? Outcome, Exception? Error);

public sealed record ArticleSummary(
    string Id, string? Title, string? Url, DateOnly? Date, string Language,
    int Stories, int Sentences, int Events);

public sealed record StoredArticle(
    ArticleSummary Summary, string? Source, string? Byline, string Text,
    IReadOnlyList<StoredBlock> Captions, IReadOnlyList<StoredStory> Stories);

public sealed record StoredBlock(int Start, int End, string Text);

public sealed record StoredStory(int Index, int Start, int End, string Text, IReadOnlyList<StoredSentence> Sentences);

/// <summary>A sentence with the named entities and actor mentions in it; offsets are into its story's text.</summary>
public sealed record StoredSentence(int Index, int Start, int End, string Text, IReadOnlyList<StoredEntity> Entities, IReadOnlyList<StoredActor> Actors)
{
    /// <summary>The time expressions in the sentence (TIMEX3 type and value).</summary>
    public IReadOnlyList<StoredTime> Times { get; init; } = [];

    /// <summary>The place mentions in the sentence, with the gazetteer entry each resolved to.</summary>
    public IReadOnlyList<StoredPlace> Places { get; init; } = [];
}

/// <summary>A stored place mention: its chars in the story's text, its words, and the place it resolved to (nulls when none).</summary>
public sealed record StoredPlace(int Start, int End, string Text, string? Name, long? Geonameid, string? Country, double? Lat, double? Lon);

/// <summary>A stored time expression: its chars in the story's text, TIMEX3 type and value, and words.</summary>
public sealed record StoredTime(int Start, int End, string Type, string Value, string Text);

/// <summary>An actor mention: its words, code (null when nothing said who it is), canonical name and how it was coded ("dictionary", "context", "coreference").</summary>
public sealed record StoredActor(int Start, int End, string Text, string? Code, string? Name, string Via, string Kind);

/// <summary>A named entity; offsets are into its story's text.</summary>
public sealed record StoredEntity(int Start, int End, string Type, string Text);

/// <summary>
/// A story that matched a search, with a snippet whose matches are wrapped in [ and ], and its rank:
/// lower is better, on the database's own scale (SQLite's bm25, PostgreSQL's ts_rank negated).
/// </summary>
public sealed record SearchHit(string ArticleId, string? Title, int Story, string Snippet, double Rank);
