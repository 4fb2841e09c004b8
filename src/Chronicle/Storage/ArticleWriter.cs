using Chronicle.Articles;
using Chronicle.Export;
using Chronicle.Pipeline;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>Writes one analyzed article, all of it or nothing, unless its dedup key is already stored.</summary>
internal static class ArticleWriter
{
    public static StoreOutcome Write(SqliteConnection connection, AnalyzedArticle analyzed)
    {
        var article = analyzed.Article;
        var dedupKey = article.DedupKey;

        // IMMEDIATE: the dedup check and the insert must see the same database, even with another process writing.
        using var transaction = connection.BeginTransaction(deferred: false);
        if (ExistingId(connection, dedupKey) is { } existing)
            return new StoreOutcome(existing, AlreadyStored: true);

        var id = FreeId(connection, article.Id);
        InsertArticle(connection, id, dedupKey, analyzed);
        InsertBlocks(connection, id, article.Blocks);
        InsertStories(connection, id, analyzed.Stories);
        InsertEvents(connection, id, analyzed);
        transaction.Commit();
        return new StoreOutcome(id, AlreadyStored: false);
    }

    private static string? ExistingId(SqliteConnection connection, string dedupKey)
    {
        using var command = connection.Command("SELECT id FROM articles WHERE dedup_key = $key", ("$key", dedupKey));
        return command.ExecuteScalar() as string;
    }

    /// <summary>The article's id, or, when another article already has it, the first free "id-2", "id-3", ...</summary>
    private static string FreeId(SqliteConnection connection, string id)
    {
        using var taken = connection.Prepare("SELECT 1 FROM articles WHERE id = $id", "$id");
        var candidate = id;
        for (var n = 2; ; n++)
        {
            taken.Parameters[0].Value = candidate;
            if (taken.ExecuteScalar() is null)
                return candidate;
            candidate = $"{id}-{n}";
        }
    }

    private static void InsertArticle(SqliteConnection connection, string id, string dedupKey, AnalyzedArticle analyzed)
    {
        var article = analyzed.Article;
        using var command = connection.Command(
            """
            INSERT INTO articles (id, dedup_key, title, url, date, source, byline, language, annotated, original_text, text, input, ingested_at)
            VALUES ($id, $dedupKey, $title, $url, $date, $source, $byline, $language, $annotated, $original, $text, $input, $ingestedAt)
            """,
            ("$id", id), ("$dedupKey", dedupKey), ("$title", article.Title), ("$url", article.Url),
            ("$date", Timestamps.Format(article.Date)), ("$source", article.Source), ("$byline", article.Byline),
            ("$language", analyzed.Language), ("$annotated", analyzed.Annotated), ("$original", article.Body.Original),
            ("$text", article.Body.Text), ("$input", article.Location.ToString()), ("$ingestedAt", Timestamps.Now()));
        command.ExecuteNonQuery();
    }

    private static void InsertBlocks(SqliteConnection connection, string id, IReadOnlyList<TextBlock> blocks)
    {
        using var insert = connection.Prepare(
            """INSERT INTO blocks (article_id, idx, kind, start, "end", opens_story) VALUES ($article, $idx, $kind, $start, $end, $opens)""",
            "$article", "$idx", "$kind", "$start", "$end", "$opens");
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            insert.Run(id, i, KindName(block.Kind), block.Start, block.End, block.OpensStory);
        }
    }

    private static void InsertStories(SqliteConnection connection, string id, IReadOnlyList<AnalyzedStory> stories)
    {
        using var insertStory = connection.Prepare(
            """INSERT INTO stories (article_id, idx, start, "end", text) VALUES ($article, $idx, $start, $end, $text)""",
            "$article", "$idx", "$start", "$end", "$text");
        using var insertSentence = connection.Prepare(
            """INSERT INTO sentences (article_id, story, idx, start, "end", text) VALUES ($article, $story, $idx, $start, $end, $text)""",
            "$article", "$story", "$idx", "$start", "$end", "$text");
        using var insertEntity = connection.Prepare(
            """INSERT INTO entities (article_id, story, sentence, idx, start, "end", type, text) VALUES ($article, $story, $sentence, $idx, $start, $end, $type, $text)""",
            "$article", "$story", "$sentence", "$idx", "$start", "$end", "$type", "$text");
        using var insertTime = connection.Prepare(
            """INSERT INTO time_expressions (article_id, story, sentence, idx, start, "end", type, value, text) VALUES ($article, $story, $sentence, $idx, $start, $end, $type, $value, $text)""",
            "$article", "$story", "$sentence", "$idx", "$start", "$end", "$type", "$value", "$text");
        using var insertPlace = connection.Prepare(
            """INSERT INTO place_mentions (article_id, story, sentence, idx, start, "end", text, name, geonameid, country, lat, lon) VALUES ($article, $story, $sentence, $idx, $start, $end, $text, $name, $geonameid, $country, $lat, $lon)""",
            "$article", "$story", "$sentence", "$idx", "$start", "$end", "$text", "$name", "$geonameid", "$country", "$lat", "$lon");
        using var insertMention = connection.Prepare(
            """INSERT INTO mentions (article_id, story, sentence, start, "end", text, entity_type, code, country, sector, name, via, kind, evidence) VALUES ($article, $story, $sentence, $start, $end, $text, NULL, $code, $country, $sector, $name, $via, $kind, $evidence)""",
            "$article", "$story", "$sentence", "$start", "$end", "$text", "$code", "$country", "$sector", "$name", "$via", "$kind", "$evidence");
        foreach (var (story, doc) in stories)
        {
            insertStory.Run(id, story.Index, story.Start, story.End, story.Text);
            for (var i = 0; i < doc.Sentences.Count; i++)
            {
                var sentence = doc.Sentences[i];
                insertSentence.Run(id, story.Index, i, sentence.Start, sentence.End, doc.TextOf(sentence));
            }

            var sentenceOf = 0;
            for (var e = 0; e < doc.Entities.Count; e++)
            {
                var entity = doc.Entities[e];
                while (doc.Sentences[sentenceOf].EndToken <= entity.FirstToken)
                    sentenceOf++;
                insertEntity.Run(id, story.Index, sentenceOf, e, entity.Start, entity.End, entity.Type, doc.Text[entity.Start..entity.End]);
            }

            for (var t = 0; t < doc.TimeExpressions.Count; t++)
            {
                var time = doc.TimeExpressions[t];
                insertTime.Run(id, story.Index, time.Sentence, t, time.Start, time.End, time.TypeName, time.Value, doc.Text[time.Start..time.End]);
            }

            for (var p = 0; p < doc.Places.Count; p++)
            {
                var mention = doc.Places[p];
                insertPlace.Run(id, story.Index, mention.Sentence, p, mention.Start, mention.End, doc.Text[mention.Start..mention.End],
                    mention.Place?.Name, mention.Place?.GeonameId, mention.Place?.CountryAlpha3, mention.Place?.Latitude, mention.Place?.Longitude);
            }

            foreach (var mention in doc.Actors)
            {
                insertMention.Run(id, story.Index, mention.Sentence, mention.Start, mention.End, doc.Text[mention.Start..mention.End],
                    mention.Code?.Value, mention.Code?.Country, mention.Code?.Sector, mention.Name,
                    mention.Via.ToString().ToLowerInvariant(), mention.Kind.ToString().ToLowerInvariant(), mention.Evidence);
            }
        }
    }

    private static void InsertEvents(SqliteConnection connection, string id, AnalyzedArticle analyzed)
    {
        using var insert = connection.Prepare(
            """
            INSERT INTO events (id, article_id, story, sentence, cameo, plover, goldstein, quad,
                source_text, source_code, source_country, source_sector, source_name,
                target_text, target_code, target_country, target_sector, target_name,
                date, date_precision, date_text, place_name, place_geonameid, place_country, place_lat, place_lon,
                confidence, source_start, source_end, verb_start, verb_end, target_start, target_end, time_start, time_end, pattern,
                quote_start, quote_end, quote_text, quote_speaker_text, quote_speaker_code, quote_speaker_country, quote_speaker_sector, quote_speaker_name, quote_speaker_start, quote_speaker_end)
            VALUES ($id, $article, $story, $sentence, $cameo, $plover, $goldstein, $quad,
                $stext, $scode, $scountry, $ssector, $sname, $ttext, $tcode, $tcountry, $tsector, $tname,
                $date, $precision, $datetext, $pname, $pgeonameid, $pcountry, $plat, $plon,
                $confidence, $sstart, $send, $vstart, $vend, $tstart, $tend, $timestart, $timeend, $pattern,
                $qstart, $qend, $qtext, $qstext, $qscode, $qscountry, $qssector, $qsname, $qsstart, $qsend)
            """,
            "$id", "$article", "$story", "$sentence", "$cameo", "$plover", "$goldstein", "$quad",
            "$stext", "$scode", "$scountry", "$ssector", "$sname", "$ttext", "$tcode", "$tcountry", "$tsector", "$tname",
            "$date", "$precision", "$datetext", "$pname", "$pgeonameid", "$pcountry", "$plat", "$plon", "$confidence", "$sstart", "$send", "$vstart", "$vend", "$tstart", "$tend", "$timestart", "$timeend", "$pattern",
            "$qstart", "$qend", "$qtext", "$qstext", "$qscode", "$qscountry", "$qssector", "$qsname", "$qsstart", "$qsend");
        var n = 0;
        foreach (var e in EventRecords.Of(analyzed))
        {
            insert.Run(
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
