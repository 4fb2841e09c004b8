using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>
/// Where an event happened: as its sentence says, a resolved place named after a locative preposition
/// ("in Baghdad", "at the Jau prison", "near Socotra", "in northern Iraq", "near the town of Zakho"), the one nearest the verb; else the place the
/// story's dateline names ("KHARTOUM, May 5 (Reuters) -"), where the reporter says it happened. A place
/// named any other way ("Iraq's minister", "Bahraini forces") says who, not where, and is passed over.
/// </summary>
internal static class EventPlace
{
    private static readonly HashSet<string> Locatives = ["in", "at", "near", "inside", "outside"];

    /// <summary>The index in the Doc's place layer of the place the event's sentence names for it, or null (then <see cref="Dateline"/>'s stands).</summary>
    public static int? InSentence(Doc doc, int sentence, EvidenceSpan verb)
    {
        int? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < doc.Places.Count; i++)
        {
            var mention = doc.Places[i];
            if (mention.Sentence != sentence || mention.Place is null || mention.Demonym || !AfterLocative(doc.Text, mention.Start))
                continue;
            var distance = mention.Start >= verb.End ? mention.Start - verb.End : Math.Max(0, verb.Start - mention.End);
            if (distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The place mention the story's <see cref="Text.Dateline"/> opens with, if it was resolved: the place of its events that name none.</summary>
    public static int? Dateline(Doc doc)
    {
        if (Text.Dateline.Of(doc) is not { } dateline)
            return null;
        for (var i = 0; i < doc.Places.Count && doc.Places[i].Start <= dateline.Place.Start; i++)
        {
            if (doc.Places[i].Start == dateline.Place.Start)
                return doc.Places[i].Place is not null && !doc.Places[i].Demonym ? i : null;
        }

        return null;
    }

    /// <summary>Words of a place's description between a locative and its name: "in northern Iraq", "near the town of Zakho".</summary>
    private static readonly HashSet<string> Describing =
    [
        "the", "of", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
        "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "town", "city", "village", "province",
        "region", "district", "state", "capital", "port", "island", "area", "outskirts", "suburb", "suburbs", "county", "border",
    ];

    /// <summary>How many describing words may stand between the locative and the name.</summary>
    private const int DescribingWords = 5;

    // The word before the mention, past the words that describe the place, is a locative preposition.
    private static bool AfterLocative(string text, int start)
    {
        var word = WordBefore(text, start, out var wordStart);
        for (var skipped = 0; Describing.Contains(word) && skipped < DescribingWords; skipped++)
            word = WordBefore(text, wordStart, out wordStart);
        return Locatives.Contains(word);
    }

    private static string WordBefore(string text, int end, out int start)
    {
        var i = end;
        while (i > 0 && text[i - 1] == ' ')
            i--;
        start = i;
        while (start > 0 && char.IsLetter(text[start - 1]))
            start--;
        return text[start..i].ToLowerInvariant();
    }
}
