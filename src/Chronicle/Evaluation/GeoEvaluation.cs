using System.Diagnostics;
using Chronicle.Places;

namespace Chronicle.Evaluation;

/// <summary>Geocoding scores over the gold mentions that have a point: Acc@161km, mean and median error, AUC and speed.</summary>
/// <param name="Auc">Area under the curve of sorted log errors, normalized by the largest possible error (0 best, 1 worst).</param>
public sealed record GeoScores(int Documents, int Mentions, int Scored, int Unresolved, int Within161Km, double MeanErrorKm, double MedianErrorKm, double Auc, double MentionsPerSecond)
{
    public double AccuracyAt161Km => Scored == 0 ? 0 : (double)Within161Km / Scored;
}

/// <summary>One scored mention, for error analysis.</summary>
public sealed record GeoOutcome(string Document, GeoGoldMention Gold, Place? Predicted, double ErrorKm);

/// <summary>Runs the geoparser over gold documents with the mentions given, and scores the points it chooses.</summary>
public static class GeoEvaluation
{
    /// <summary>Half the Earth's circumference: the error of an unresolved mention, and the AUC's scale.</summary>
    public const double MaxErrorKm = 20039;

    public static GeoScores Run(Geoparser geoparser, IReadOnlyList<GeoGoldDocument> documents, Action<GeoOutcome>? each = null)
    {
        var errors = new List<double>();
        var mentions = 0;
        var unresolved = 0;
        var within = 0;
        var clock = new Stopwatch();
        foreach (var document in documents)
        {
            var spans = document.Mentions.Select(m => new PlaceSpan(m.Start, m.End)).ToList();
            clock.Start();
            var resolved = geoparser.Resolve(document.Text, spans);
            clock.Stop();
            mentions += spans.Count;
            for (var i = 0; i < resolved.Length; i++)
            {
                var gold = document.Mentions[i];
                if (gold.Latitude is not { } lat || gold.Longitude is not { } lon)
                    continue;
                var place = resolved[i].Place;
                var error = place is null ? MaxErrorKm : GeoMath.DistanceKm(lat, lon, place.Latitude, place.Longitude);
                if (place is null)
                    unresolved++;
                if (error <= 161)
                    within++;
                errors.Add(error);
                each?.Invoke(new GeoOutcome(document.Id, gold, place, error));
            }
        }

        errors.Sort();
        var auc = errors.Count == 0 ? 0 : errors.Average(e => Math.Log(e + 1)) / Math.Log(MaxErrorKm);
        return new GeoScores(
            documents.Count,
            mentions,
            errors.Count,
            unresolved,
            within,
            errors.Count == 0 ? 0 : errors.Average(),
            errors.Count == 0 ? 0 : errors[errors.Count / 2],
            auc,
            clock.Elapsed.TotalSeconds > 0 ? mentions / clock.Elapsed.TotalSeconds : 0);
    }
}
