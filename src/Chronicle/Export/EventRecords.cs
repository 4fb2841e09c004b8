using Chronicle.Actors;
using Chronicle.Pipeline;
using Chronicle.Text;

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
                // The event's date is the article's until time expressions are read; the precision says so.
                var date = doc.Date?.ToString("yyyy-MM-dd");
                yield return new EventRecord(
                    article.Article.Id, story.Story.Index, coded.Sentence, doc.TextOf(doc.Sentences[coded.Sentence]),
                    source, target,
                    coded.Code.Code, coded.Code.Plover, coded.Code.Goldstein, coded.Code.Quad,
                    date, date is null ? "unknown" : "day", null, coded.Place is { } p ? PlaceView(doc.Places[p]) : null,
                    coded.Confidence,
                    new EvidenceView(source is null ? null : [source.Start, source.End], [coded.Verb.Start, coded.Verb.End], target is null ? null : [target.Start, target.End]),
                    coded.Pattern, article.Article.Url);
            }
        }
    }

    private static PlaceView? PlaceView(Places.PlaceMention mention) => mention.Place is { } place
        ? new PlaceView(place.Name, place.GeonameId, place.CountryAlpha3, Math.Round(place.Latitude, 4), Math.Round(place.Longitude, 4))
        : null;

    private static ActorView View(Doc doc, ActorMention mention) =>
        new(doc.Text[mention.Start..mention.End], mention.Code?.Value, mention.Code?.Country, mention.Code?.Sector, mention.Name, mention.Start, mention.End);
}
