namespace Chronicle.Text;

/// <summary>
/// A story's dateline: the place (and often date and agency) that opens a news story before a dash or
/// colon, "KHARTOUM, May 5 (Reuters) -" or "Dhaka, Bangladesh —". It says where the reporter filed
/// from, so events with no place of their own happened there, and none of its words is an actor.
/// </summary>
/// <param name="Sentence">The sentence it opens.</param>
/// <param name="EndToken">The token after its dash or colon.</param>
/// <param name="Place">The place entity it opens with.</param>
public readonly record struct Dateline(int Sentence, int EndToken, Entity Place)
{
    private static readonly HashSet<string> Ends = ["-", "--", "\u2013", "\u2014", ":"];

    private static readonly HashSet<string> PlaceTypes = ["GPE", "LOC", "FAC"];

    /// <summary>A dateline opens one of the story's first sentences (the headline may come first) within its first tokens.</summary>
    private const int Sentences = 2, MaxTokens = 12;

    /// <summary>
    /// The story's dateline: a place entity opening one of its first sentences, then nothing but
    /// capitalized words, numbers and punctuation (a region, a date, the agency) up to a dash or colon.
    /// "Baghdad is calm - for now" has none: a lower-case word comes before the dash; "Blinken: ..." none
    /// either: it opens with no place. Null when the entity layer is empty or no sentence opens so.
    /// </summary>
    public static Dateline? Of(Doc doc)
    {
        for (var s = 0; s < Math.Min(Sentences, doc.Sentences.Count); s++)
        {
            var sentence = doc.Sentences[s];
            // Entities come in text order: only the first few can open the story's first sentences.
            var place = doc.Entities.TakeWhile(e => e.FirstToken <= sentence.FirstToken).FirstOrDefault(e => e.FirstToken == sentence.FirstToken && PlaceTypes.Contains(e.Type));
            if (place.Type is null)
                continue;
            for (var t = place.EndToken; t < Math.Min(sentence.EndToken, sentence.FirstToken + MaxTokens); t++)
            {
                var word = doc[doc.Tokens[t]];
                if (Ends.Contains(word.ToString()))
                    return new Dateline(s, t + 1, place);
                if (char.IsLower(word[0]))
                    break;
            }
        }

        return null;
    }
}
