using System.Data.Common;
using Chronicle.Articles;
using Chronicle.Export;
using Chronicle.Pipeline;

namespace Chronicle.Storage;

/// <summary>Writes one analyzed article, all of it or nothing, unless its dedup key is already stored.</summary>
internal static class ArticleWriter
{
    /// <remarks>
    /// Locked on the dedup key: the check and the insert see the same database, even with another
    /// connection storing the same article. Another article taking the same free id at once is left to
    /// the database's key to refuse (SQLite's lock covers every write, so there it cannot happen).
    /// </remarks>
    public static StoreOutcome Write(DbConnection connection, SqlDialect dialect, AnalyzedArticle analyzed)
    {
        var article = analyzed.Article;
        var dedupKey = article.DedupKey;

        using var transaction = dialect.BeginLocked(connection, "chronicle:article:" + dedupKey);
        if (ExistingId(connection, dedupKey) is { } existing)
            return new StoreOutcome(existing, AlreadyStored: true);

        var id = FreeId(connection, article.Id);
        using (var inserts = dialect.Inserts(connection))
        {
            InsertArticle(inserts, id, dedupKey, analyzed);
            InsertBlocks(inserts, id, article.Blocks);
            InsertStories(inserts, id, analyzed.Stories);
            InsertEvents(inserts, id, analyzed);
            inserts.Flush();
        }
        transaction.Commit();
        return new StoreOutcome(id, AlreadyStored: false);
    }

    private static string? ExistingId(DbConnection connection, string dedupKey)
    {
        using var command = connection.Command("SELECT id FROM articles WHERE dedup_key = @key", ("@key", dedupKey));
        return command.ExecuteScalar() as string;
    }

    /// <summary>The article's id, or, when another article already has it, the first free "id-2", "id-3", ...</summary>
    private static string FreeId(DbConnection connection, string id)
    {
        using var taken = connection.Command("SELECT 1 FROM articles WHERE id = @id", ("@id", null));
        var candidate = id;
        for (var n = 2; ; n++)
        {
            taken.Parameters[0].Value = candidate;
            if (taken.ExecuteScalar() is null)
                return candidate;
            candidate = $"{id}-{n}";
        }
    }

    private static void InsertArticle(RowInserts inserts, string id, string dedupKey, AnalyzedArticle analyzed)
    {
        var article = analyzed.Article;
        var insert = inserts.Table("articles",
            "id", "dedup_key", "title", "url", "date", "source", "byline", "language", "annotated", "original_text", "text", "input", "ingested_at");
        insert(id, dedupKey, article.Title, article.Url, Timestamps.Format(article.Date), article.Source, article.Byline,
            analyzed.Language, analyzed.Annotated, article.Body.Original, article.Body.Text, article.Location.ToString(), Timestamps.Now());
    }

    private static void InsertBlocks(RowInserts inserts, string id, IReadOnlyList<TextBlock> blocks)
    {
        var insert = inserts.Table("blocks", "article_id", "idx", "kind", "start", "\"end\"", "opens_story");
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            insert(id, i, KindName(block.Kind), block.Start, block.End, block.OpensStory);
        }
    }

    private static void InsertStories(RowInserts inserts, string id, IReadOnlyList<AnalyzedStory> stories)
    {
        var insertStory = inserts.Table("stories", "article_id", "idx", "start", "\"end\"", "text");
        var insertSentence = inserts.Table("sentences", "article_id", "story", "idx", "start", "\"end\"", "text");
        var insertEntity = inserts.Table("entities", "article_id", "story", "sentence", "idx", "start", "\"end\"", "type", "text");
        var insertTime = inserts.Table("time_expressions", "article_id", "story", "sentence", "idx", "start", "\"end\"", "type", "value", "text");
        var insertPlace = inserts.Table("place_mentions", "article_id", "story", "sentence", "idx", "start", "\"end\"", "text", "name", "geonameid", "country", "lat", "lon");
        var insertMention = inserts.Table("mentions", "article_id", "story", "sentence", "start", "\"end\"", "text", "code", "country", "sector", "name", "via", "kind", "evidence");
        foreach (var (story, doc) in stories)
        {
            insertStory(id, story.Index, story.Start, story.End, story.Text);
            for (var i = 0; i < doc.Sentences.Count; i++)
            {
                var sentence = doc.Sentences[i];
                insertSentence(id, story.Index, i, sentence.Start, sentence.End, doc.TextOf(sentence));
            }

            var sentenceOf = 0;
            for (var e = 0; e < doc.Entities.Count; e++)
            {
                var entity = doc.Entities[e];
                while (doc.Sentences[sentenceOf].EndToken <= entity.FirstToken)
                    sentenceOf++;
                insertEntity(id, story.Index, sentenceOf, e, entity.Start, entity.End, entity.Type, doc.Text[entity.Start..entity.End]);
            }

            for (var t = 0; t < doc.TimeExpressions.Count; t++)
            {
                var time = doc.TimeExpressions[t];
                insertTime(id, story.Index, time.Sentence, t, time.Start, time.End, time.TypeName, time.Value, doc.Text[time.Start..time.End]);
            }

            for (var p = 0; p < doc.Places.Count; p++)
            {
                var mention = doc.Places[p];
                insertPlace(id, story.Index, mention.Sentence, p, mention.Start, mention.End, doc.Text[mention.Start..mention.End],
                    mention.Place?.Name, mention.Place?.GeonameId, mention.Place?.CountryAlpha3, mention.Place?.Latitude, mention.Place?.Longitude);
            }

            foreach (var mention in doc.Actors)
            {
                insertMention(id, story.Index, mention.Sentence, mention.Start, mention.End, doc.Text[mention.Start..mention.End],
                    mention.Code?.Value, mention.Code?.Country, mention.Code?.Sector, mention.Name,
                    mention.Via.ToString().ToLowerInvariant(), mention.Kind.ToString().ToLowerInvariant(), mention.Evidence);
            }
        }
    }

    private static void InsertEvents(RowInserts inserts, string id, AnalyzedArticle analyzed)
    {
        var insert = inserts.Table("events",
            "id", "article_id", "story", "sentence", "cameo", "plover", "goldstein", "quad",
            "source_text", "source_code", "source_country", "source_sector", "source_name",
            "target_text", "target_code", "target_country", "target_sector", "target_name",
            "date", "date_precision", "date_text", "place_name", "place_geonameid", "place_country", "place_lat", "place_lon",
            "confidence", "source_start", "source_end", "verb_start", "verb_end", "target_start", "target_end", "time_start", "time_end", "pattern",
            "quote_start", "quote_end", "quote_text", "quote_speaker_text", "quote_speaker_code", "quote_speaker_country", "quote_speaker_sector",
            "quote_speaker_name", "quote_speaker_start", "quote_speaker_end");
        var n = 0;
        foreach (var e in EventRecords.Of(analyzed))
        {
            insert(
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
