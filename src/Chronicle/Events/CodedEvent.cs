namespace Chronicle.Events;

/// <summary>A char range of a Doc's text that an event rests on.</summary>
public readonly record struct EvidenceSpan(int Start, int End);

/// <summary>
/// One coded event in a Doc: who did what to whom, by CAMEO code, with the sentence and the spans of text
/// that say so. Source and target are indexes into the Doc's actor layer (null when the sentence names none).
/// </summary>
public sealed record CodedEvent
{
    public required int Sentence { get; init; }

    public required CameoCode Code { get; init; }

    public int? Source { get; init; }

    public int? Target { get; init; }

    /// <summary>Where it happened: the resolved place named after "in", "at" or "near" nearest the verb in its sentence, else the story's dateline place, if any.</summary>
    public int? Place { get; init; }

    /// <summary>The verb or event noun and the pattern words that coded it.</summary>
    public required EvidenceSpan Verb { get; init; }

    /// <summary>The pattern that matched, as written in its dictionary, for explanations.</summary>
    public required string Pattern { get; init; }

    /// <summary>The time expression (an index into the Doc's time layer) that dates the event; null when none does and the article's date stands.</summary>
    public int? Time { get; init; }

    /// <summary>How sure the coder is, from 0 to 1: lower without a source or target, through coreference, or under a modal.</summary>
    public required double Confidence { get; init; }
}
