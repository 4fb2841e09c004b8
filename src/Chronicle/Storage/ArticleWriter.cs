using System.Data.Common;
using Chronicle.Articles;
using Chronicle.Export;
using Chronicle.Pipeline;

namespace Chronicle.Storage;

/// <summary>
/// Writes analyzed articles in one transaction: each whole or not at all, and none whose dedup key is
/// already stored. Many articles to a transaction share its commit, and the statements it prepares.
/// </summary>
internal sealed class ArticleWriter : IDisposable
{
    private const string Savepoint = "chronicle_article";

    private readonly RowInserts _inserts;
    private readonly DbCommand _existing;
    private readonly DbCommand _taken;

    // Parents before the rows that refer to them (see RowInserts).
    private readonly RowInsert _articles;
    private readonly RowInsert _blocks;
    private readonly RowInsert _stories;
    private readonly RowInsert _sentences;
    private readonly RowInsert _entities;
    private readonly RowInsert _times;
    private readonly RowInsert _places;
    private readonly RowInsert _mentions;
    private readonly RowInsert _events;

    private ArticleWriter(DbConnection connection, RowInserts inserts)
    {
        _inserts = inserts;
        _existing = connection.Command("SELECT id FROM articles WHERE dedup_key = @key", ("@key", null));
        _taken = connection.Command("SELECT 1 FROM articles WHERE id = @id", ("@id", null));
        _articles = inserts.Table("articles",
            "id", "dedup_key", "title", "url", "date", "source", "byline", "language", "annotated", "original_text", "text", "input", "ingested_at");
        _blocks = inserts.Table("blocks", "article_id", "idx", "kind", "start", "\"end\"", "opens_story");
        _stories = inserts.Table("stories", "article_id", "idx", "start", "\"end\"", "text");
        _sentences = inserts.Table("sentences", "article_id", "story", "idx", "start", "\"end\"", "text");
        _entities = inserts.Table("entities", "article_id", "story", "sentence", "idx", "start", "\"end\"", "type", "text");
        _times = inserts.Table("time_expressions", "article_id", "story", "sentence", "idx", "start", "\"end\"", "type", "value", "text");
        _places = inserts.Table("place_mentions", "article_id", "story", "sentence", "idx", "start", "\"end\"", "text", "name", "geonameid", "country", "lat", "lon");
        _mentions = inserts.Table("mentions", "article_id", "story", "sentence", "start", "\"end\"", "text", "code", "country", "sector", "name", "via", "kind", "evidence");
        _events = inserts.Table("events",
            "id", "article_id", "story", "sentence", "cameo", "plover", "goldstein", "quad",
            "source_text", "source_code", "source_country", "source_sector", "source_name",
            "target_text", "target_code", "target_country", "target_sector", "target_name",
            "date", "date_precision", "date_text", "place_name", "place_geonameid", "place_country", "place_lat", "place_lon",
            "confidence", "source_start", "source_end", "verb_start", "verb_end", "target_start", "target_end", "time_start", "time_end", "pattern",
            "quote_start", "quote_end", "quote_text", "quote_speaker_text", "quote_speaker_code", "quote_speaker_country", "quote_speaker_sector",
            "quote_speaker_name", "quote_speaker_start", "quote_speaker_end");
    }

    /// <remarks>
    /// Locked on the dedup keys: the check and the insert see the same database, even with another
    /// connection storing the same article. Another article taking the same free id at once is left to
    /// the database's key to refuse (SQLite's lock covers every write, so there it cannot happen).
    /// An article that fails is rolled back to the savepoint before it, so the others still commit.
    /// </remarks>
    public static IReadOnlyList<StoreAttempt> WriteAll(DbConnection connection, SqlDialect dialect, IReadOnlyList<AnalyzedArticle> articles)
    {
        using var transaction = dialect.BeginLocked(connection, [.. articles.Select(a => "chronicle:article:" + a.Article.DedupKey).Distinct()]);
        using var writer = new ArticleWriter(connection, dialect.Inserts(connection));
        var attempts = new StoreAttempt[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            transaction.Save(Savepoint);
            try
            {
                attempts[i] = new StoreAttempt(writer.Write(articles[i]), null);
                transaction.Release(Savepoint);
            }
            catch (Exception e) when (e is DbException or ArgumentException or InvalidOperationException)
            {
                writer._inserts.Discard();
                transaction.Rollback(Savepoint);
                attempts[i] = new StoreAttempt(null, e);
            }
        }

        transaction.Commit();
        return attempts;
    }

    public void Dispose()
    {
        _existing.Dispose();
        _taken.Dispose();
        _inserts.Dispose();
    }

    private StoreOutcome Write(AnalyzedArticle analyzed)
    {
        var article = analyzed.Article;
        _existing.Parameters[0].Value = article.DedupKey;
        if (_existing.ExecuteScalar() is string existing)
            return new StoreOutcome(existing, AlreadyStored: true);

        var id = FreeId(article.Id);
        InsertArticle(id, article.DedupKey, analyzed);
        InsertBlocks(id, article.Blocks);
        InsertStories(id, analyzed.Stories);
        InsertEvents(id, analyzed);
        _inserts.Flush();
        return new StoreOutcome(id, AlreadyStored: false);
    }

    /// <summary>The article's id, or, when another article already has it, the first free "id-2", "id-3", ...</summary>
    private string FreeId(string id)
    {
        var candidate = id;
        for (var n = 2; ; n++)
        {
            _taken.Parameters[0].Value = candidate;
            if (_taken.ExecuteScalar() is null)
                return candidate;
            candidate = $"{id}-{n}";
        }
    }

    private void InsertArticle(string id, string dedupKey, AnalyzedArticle analyzed)
    {
        var article = analyzed.Article;
        _articles(id, dedupKey, article.Title, article.Url, Timestamps.Format(article.Date), article.Source, article.Byline,
            analyzed.Language, analyzed.Annotated, article.Body.Original, article.Body.Text, article.Location.ToString(), Timestamps.Now());
    }

    private void InsertBlocks(string id, IReadOnlyList<TextBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            _blocks(id, i, KindName(block.Kind), block.Start, block.End, block.OpensStory);
        }
    }

    private void InsertStories(string id, IReadOnlyList<AnalyzedStory> stories)
    {
        foreach (var (story, doc) in stories)
        {
            _stories(id, story.Index, story.Start, story.End, story.Text);
            for (var i = 0; i < doc.Sentences.Count; i++)
            {
                var sentence = doc.Sentences[i];
                _sentences(id, story.Index, i, sentence.Start, sentence.End, doc.TextOf(sentence));
            }

            var sentenceOf = 0;
            for (var e = 0; e < doc.Entities.Count; e++)
            {
                var entity = doc.Entities[e];
                while (doc.Sentences[sentenceOf].EndToken <= entity.FirstToken)
                    sentenceOf++;
                _entities(id, story.Index, sentenceOf, e, entity.Start, entity.End, entity.Type, doc.Text[entity.Start..entity.End]);
            }

            for (var t = 0; t < doc.TimeExpressions.Count; t++)
            {
                var time = doc.TimeExpressions[t];
                _times(id, story.Index, time.Sentence, t, time.Start, time.End, time.TypeName, time.Value, doc.Text[time.Start..time.End]);
            }

            for (var p = 0; p < doc.Places.Count; p++)
            {
                var mention = doc.Places[p];
                _places(id, story.Index, mention.Sentence, p, mention.Start, mention.End, doc.Text[mention.Start..mention.End],
                    mention.Place?.Name, mention.Place?.GeonameId, mention.Place?.CountryAlpha3, mention.Place?.Latitude, mention.Place?.Longitude);
            }

            foreach (var mention in doc.Actors)
            {
                _mentions(id, story.Index, mention.Sentence, mention.Start, mention.End, doc.Text[mention.Start..mention.End],
                    mention.Code?.Value, mention.Code?.Country, mention.Code?.Sector, mention.Name,
                    mention.Via.ToString().ToLowerInvariant(), mention.Kind.ToString().ToLowerInvariant(), mention.Evidence);
            }
        }
    }

    private void InsertEvents(string id, AnalyzedArticle analyzed)
    {
        var n = 0;
        foreach (var e in EventRecords.Of(analyzed))
        {
            _events(
                $"{id}-{n++}", id, e.Story, e.Sentence, e.Cameo, e.Plover, e.Goldstein, e.Quad,
                e.Source?.Text, e.Source?.Code, e.Source?.Country, e.Source?.Sector, e.Source?.Name,
                e.Target?.Text, e.Target?.Code, e.Target?.Country, e.Target?.Sector, e.Target?.Name,
                e.Date, e.Date is null ? null : e.DatePrecision, e.DateText, e.Place?.Name, e.Place?.Geonameid, e.Place?.Country, e.Place?.Lat, e.Place?.Lon, e.Confidence,
                e.Source?.Start, e.Source?.End, e.Evidence.Verb[0], e.Evidence.Verb[1], e.Target?.Start, e.Target?.End, e.Evidence.Time?[0], e.Evidence.Time?[1], e.Pattern,
                e.Quote?.Start, e.Quote?.End, e.Quote?.Text, e.Quote?.Speaker?.Text, e.Quote?.Speaker?.Code, e.Quote?.Speaker?.Country, e.Quote?.Speaker?.Sector,
                e.Quote?.Speaker?.Name, e.Quote?.Speaker?.Start, e.Quote?.Speaker?.End);
        }
    }

    private static string KindName(BlockKind kind) => kind switch
    {
        BlockKind.Title => "title",
        BlockKind.Caption => "caption",
        BlockKind.Paragraph => "paragraph",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown block kind."),
    };
}
