using Chronicle.Actors;
using Chronicle.Pipeline;
using Chronicle.Text;
using Chronicle.Time;
using System.Globalization;

namespace Chronicle.Export;

/// <summary>Turns an analyzed article's event layers into <see cref="EventRecord"/>s.</summary>
public static class EventRecords
{
    public static IEnumerable<EventRecord> Of(AnalyzedArticle article)
    {
        foreach (var story in article.Stories)
        {
            var doc = story.Doc;
            foreach (var coded in doc.Events)
            {
                var source = coded.Source is { } s ? View(doc, doc.Actors[s]) : null;
                var target = coded.Target is { } t ? View(doc, doc.Actors[t]) : null;
                var (date, precision, dateText, time) = DateOf(doc, coded);
                yield return new EventRecord(
                    article.Article.Id, story.Story.Index, coded.Sentence, doc.TextOf(doc.Sentences[coded.Sentence]),
                    source, target,
                    coded.Code.Code, coded.Code.Plover, coded.Code.Goldstein, coded.Code.Quad,
                    date, precision, dateText, coded.Place is { } p ? PlaceView(doc.Places[p]) : null,
                    coded.Confidence,
                    new EvidenceView(source is null ? null : [source.Start, source.End], [coded.Verb.Start, coded.Verb.End], target is null ? null : [target.Start, target.End], time),
                    coded.Pattern, article.Article.Url, QuoteOf(doc, coded));
            }
        }
    }

    /// <summary>
    /// The direct quote an event rests on: one its source said in its sentence ("X said: '...'"), else the
    /// quote its verb stands in ("'... will not tolerate ...', the minister said").
    /// </summary>
    private static QuoteView? QuoteOf(Doc doc, Events.CodedEvent coded)
    {
        var verbStart = coded.Verb.Start;
        var quote = doc.Quotes.FirstOrDefault(q => q.Sentence == coded.Sentence && q.Speaker is { } s && coded.Source is { } source && SameActor(doc, s, source))
            ?? doc.Quotes.FirstOrDefault(q => q.Start <= verbStart && verbStart < q.End);
        return quote is null ? null : new QuoteView(doc.Text[quote.Start..quote.End], quote.Speaker is { } speaker ? View(doc, doc.Actors[speaker]) : null, quote.Start, quote.End);
    }

    /// <summary>Two mentions of one actor: the same mention, or one refers back to the other.</summary>
    private static bool SameActor(Doc doc, int a, int b) =>
        a == b || doc.Actors[a].Antecedent == b || doc.Actors[b].Antecedent == a
        || doc.Actors[a].Antecedent is { } x && x == doc.Actors[b].Antecedent;

    /// <summary>
    /// The event's date: that of the time expression dating it, at its precision, with its words (and the
    /// preposition that opens them: "on Thursday", "since September 24th last year"); else the article's
    /// date, with no words; else unknown.
    /// </summary>
    private static (string? Date, string Precision, string? Text, int[]? Span) DateOf(Doc doc, Events.CodedEvent coded)
    {
        if (coded.Time is not { } index)
            return (doc.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), doc.Date is null ? "unknown" : "day", null, null);
        var time = doc.TimeExpressions[index];
        var day = time.Date!.Value;
        var (date, precision) = time.Precision switch
        {
            TimePrecision.Year => (day.ToString("yyyy", CultureInfo.InvariantCulture), "year"),
            TimePrecision.Month => (day.ToString("yyyy-MM", CultureInfo.InvariantCulture), "month"),
            _ => (day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "day"),
        };
        var start = time.Start;
        if (time.FirstToken > 0 && doc.PosTags.Count > time.FirstToken - 1 && doc.PosTags[time.FirstToken - 1] == "IN" && doc.Tokens[time.FirstToken - 1].Start >= doc.Sentences[coded.Sentence].Start)
            start = doc.Tokens[time.FirstToken - 1].Start;
        return (date, precision, doc.Text[start..time.End], [time.Start, time.End]);
    }

    private static PlaceView? PlaceView(Places.PlaceMention mention) => mention.Place is { } place
        ? new PlaceView(place.Name, place.GeonameId, place.CountryAlpha3, Math.Round(place.Latitude, 4), Math.Round(place.Longitude, 4))
        : null;

    private static ActorView View(Doc doc, ActorMention mention) =>
        new(doc.Text[mention.Start..mention.End], mention.Code?.Value, mention.Code?.Country, mention.Code?.Sector, mention.Name, mention.Start, mention.End);
}
