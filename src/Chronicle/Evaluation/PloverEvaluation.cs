using Chronicle.Articles;
using Chronicle.Events;
using Chronicle.Pipeline;

namespace Chronicle.Evaluation;

/// <summary>What the PLOVER gold evaluation found, over the records that have an event.</summary>
/// <param name="Found">Records that got at least one event of the gold's type.</param>
/// <param name="Correct">Coded events of their record's gold type.</param>
/// <param name="SourceCountryRight">Of the records found, those whose right-typed event has a source in one of the gold sources' countries (IGO and NGO count as the country of international and non-governmental bodies, as the gold writes them).</param>
/// <param name="SourceCountryKnown">Records found whose gold names a source country.</param>
public sealed record PloverScores(int Records, int Found, int Predicted, int Correct, int SourceCountryRight, int SourceCountryKnown)
{
    public double Recall => Records == 0 ? 0 : (double)Found / Records;

    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double SourceCountryAccuracy => SourceCountryKnown == 0 ? 0 : (double)SourceCountryRight / SourceCountryKnown;
}

/// <summary>
/// Scores the pipeline on PLOVER's gold records: each record's text is coded as an article of its date,
/// and its events' CAMEO codes are read in the gold's PLOVER categories (the CAMEO-to-PLOVER table of
/// the gold's README: 03 AGREE, 04 CONSULT, 05 SUPPORT, 06 COOPERATE, 07 AID, 081-083 CONCEDE, 084-087
/// RETREAT, 09 INVESTIGATE, 10 DEMAND, 11 DISAPPROVE, 12 REJECT, 13 THREATEN, 14 PROTEST, 15 MOBILIZE,
/// 16 SANCTION, 17 COERCE, 18-20 ASSAULT, with the gold's FIGHT read as ASSAULT; 01 and 02 have none).
/// </summary>
public static class PloverEvaluation
{
    public static (PloverScores Scores, List<(PloverGoldRecord Record, List<CodedEventSummary> Events)> Details) Run(ArticlePipeline pipeline, IReadOnlyList<PloverGoldRecord> records)
    {
        int found = 0, predicted = 0, correct = 0, countryRight = 0, countryKnown = 0;
        var details = new List<(PloverGoldRecord, List<CodedEventSummary>)>();
        foreach (var record in records)
        {
            var analyzed = pipeline.Analyze(new RawArticle { Id = record.Id, Text = record.Text, Date = record.Date, Location = new InputLocation(record.Id) });
            var events = analyzed.Stories
                .SelectMany(s => s.Doc.Events.Select(e => new CodedEventSummary(e.Code.Code, CategoryOf(e.Code.Code), e.Source is { } i ? FirstSlot(s.Doc.Actors[i].Code) : null)))
                .Where(e => e.Category is not null)
                .ToList();
            details.Add((record, events));
            var gold = record.EventType == "FIGHT" ? "ASSAULT" : record.EventType;
            predicted += events.Count;
            var right = events.Where(e => e.Category == gold).ToList();
            correct += right.Count;
            if (right.Count == 0)
                continue;
            found++;
            if (record.SourceCountries.Count == 0)
                continue;
            countryKnown++;
            if (right.Any(e => e.SourceCountry is { } c && record.SourceCountries.Contains(c)))
                countryRight++;
        }

        return (new PloverScores(records.Count, found, predicted, correct, countryRight, countryKnown), details);
    }

    /// <summary>
    /// What the gold writes as a source's code: the country, or for an international or non-governmental
    /// body the code's opening IGO or NGO, as CAMEO writes it in the country's place ("IGOUNO").
    /// </summary>
    private static string? FirstSlot(Actors.ActorCode? code) => code is null ? null : code.Country ?? code.Sectors.FirstOrDefault(s => s is "IGO" or "NGO");

    /// <summary>The gold's PLOVER category of a CAMEO code; null for statements and appeals, which it leaves out.</summary>
    public static string? CategoryOf(string cameo) => cameo[..2] switch
    {
        "03" => "AGREE",
        "04" => "CONSULT",
        "05" => "SUPPORT",
        "06" => "COOPERATE",
        "07" => "AID",
        "08" => cameo.Length >= 3 && cameo[2] >= '4' ? "RETREAT" : "CONCEDE",
        "09" => "INVESTIGATE",
        "10" => "DEMAND",
        "11" => "DISAPPROVE",
        "12" => "REJECT",
        "13" => "THREATEN",
        "14" => "PROTEST",
        "15" => "MOBILIZE",
        "16" => "SANCTION",
        "17" => "COERCE",
        "18" or "19" or "20" => "ASSAULT",
        _ => null,
    };
}

/// <summary>A coded event as the evaluation looks at it.</summary>
public sealed record CodedEventSummary(string Cameo, string? Category, string? SourceCountry);
