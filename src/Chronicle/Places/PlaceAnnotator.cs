using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Places;

/// <summary>
/// Adds the place layer: every GPE, LOC and FAC entity, every NORP (or MISC) entity that is a demonym
/// ("Bahraini"), and names the gazetteer knows that a kind word follows ("the Diraz village"), resolved
/// by the <see cref="Geoparser"/> with the countries of the Doc's coded actors as evidence of what the
/// text is about. Reads the entity and actor layers; immutable once built.
/// </summary>
public sealed class PlaceAnnotator(Geoparser geoparser) : IAnnotator
{
    private static readonly HashSet<string> PlaceTypes = ["GPE", "LOC", "FAC"];

    private static readonly HashSet<string> DemonymTypes = ["NORP", "MISC"];

    public string Name => "places";

    public void Annotate(Doc doc)
    {
        var gazetteer = geoparser.Gazetteer;
        var spans = new List<PlaceSpan>();
        var sentences = new List<int>();
        var sentence = 0;
        foreach (var entity in doc.Entities)
        {
            var isPlace = PlaceTypes.Contains(entity.Type);
            if (!isPlace && !(DemonymTypes.Contains(entity.Type) && gazetteer.ByDemonym(PlaceName.Key(doc.Text.AsSpan(entity.Start, entity.End - entity.Start))) is not null))
                continue;
            while (sentence < doc.Sentences.Count - 1 && doc.Sentences[sentence].EndToken <= entity.FirstToken)
                sentence++;
            spans.Add(new PlaceSpan(entity.Start, entity.End));
            sentences.Add(sentence);
        }

        foreach (var span in KindWordNames.Find(gazetteer, doc.Text, spans))
        {
            var at = spans.FindIndex(s => s.Start > span.Start);
            spans.Insert(at < 0 ? spans.Count : at, span);
            sentences.Insert(at < 0 ? sentences.Count : at, SentenceAt(doc, span.Start));
        }

        if (spans.Count == 0)
            return;
        var actorCountries = doc.Actors
            .Select(a => a.Code?.Country is { } alpha3 ? gazetteer.Alpha2(alpha3) : null)
            .OfType<string>()
            .ToList();
        var resolved = geoparser.Resolve(doc.Text, spans, actorCountries);
        doc.SetPlaces([.. resolved.Select((r, i) => new PlaceMention { Start = r.Start, End = r.End, Sentence = sentences[i], Place = r.Place, Demonym = r.Demonym })]);
    }

    private static int SentenceAt(Doc doc, int offset)
    {
        for (var i = 0; i < doc.Sentences.Count; i++)
        {
            if (offset < doc.Sentences[i].End)
                return i;
        }

        return Math.Max(0, doc.Sentences.Count - 1);
    }
}
