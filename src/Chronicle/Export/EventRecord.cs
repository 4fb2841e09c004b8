using System.Text.Json.Serialization;

namespace Chronicle.Export;

/// <summary>An actor as an event record shows it: the words, the code and its parts, the canonical name.</summary>
public sealed record ActorView(string Text, string? Code, string? Country, string? Sector, string? Name, int Start, int End);

/// <summary>A place as an event record shows it.</summary>
public sealed record PlaceView(string Name, long? Geonameid, string? Country, double Lat, double Lon);

/// <summary>A direct quote that goes with an event: the quoted words and who said them.</summary>
public sealed record QuoteView(string Text, ActorView? Speaker, int Start, int End);

/// <summary>Char spans (into the story's text) of the words an event rests on; Time is the time expression that dates it, when one does.</summary>
public sealed record EvidenceView(int[]? Source, int[] Verb, int[]? Target, int[]? Time = null);

/// <summary>
/// One coded event in DESIGN's contract shape: where it was said (article, story, sentence), who did
/// what to whom in CAMEO and PLOVER, when, where, how sure, and the evidence spans; with the direct
/// quote it rests on, when there is one.
/// </summary>
public sealed record EventRecord(
    string Article, int Story, int Sentence, string Text,
    ActorView? Source, ActorView? Target,
    string Cameo, string? Plover, double? Goldstein, int? Quad,
    string? Date, string DatePrecision, string? DateText, PlaceView? Place,
    double Confidence, EvidenceView Evidence, string Pattern, string? Url, QuoteView? Quote = null)
{
    /// <summary>The stored event's id, for links back to it; null for events not read from a store (then not written at all).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }
}
