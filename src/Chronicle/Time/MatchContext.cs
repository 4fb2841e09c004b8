using Chronicle.Text;

namespace Chronicle.Time;

/// <summary>What rule elements read while matching one sentence: its pieces, their POS tags, and the number words.</summary>
internal sealed class MatchContext(Doc doc, Sentence sentence, List<TimePiece> pieces, TimeWords words)
{
    public List<TimePiece> Pieces { get; } = pieces;

    public TimeWords.WordClass? Numbers { get; } = words.Find("number");

    public TimeWords.WordClass? Ordinals { get; } = words.Find("ordinal");

    private readonly TimeWords.WordClass? _units = words.Find("unit");

    /// <summary>
    /// Whether pieces[..end) end in a hyphenated word that is an adjective of time: its last part a unit
    /// or "earlier"/"ago" ("third-quarter", "two-week", "year-earlier"), not a date ("mid-1990s").
    /// </summary>
    public bool EndsAdjective(int end)
    {
        if (end < 2 || Pieces[end - 1].Token != Pieces[end - 2].Token)
            return false;
        var last = Pieces[end - 1].Folded;
        return last is "earlier" or "ago" || _units?.Values.ContainsKey(last) == true;
    }

    /// <summary>Whether pieces[i] is inside a PERSON entity (when the Doc has entities).</summary>
    public bool InPerson(int i) => _persons?.Contains(Pieces[i].Token) == true;

    private readonly HashSet<int>? _persons = PersonTokens(doc, sentence);

    /// <summary>The tokens of the sentence's PERSON entities; null when it has none.</summary>
    private static HashSet<int>? PersonTokens(Doc doc, Sentence sentence)
    {
        HashSet<int>? tokens = null;
        var entities = doc.Entities;
        // Entities are in text order: find the first that ends inside the sentence by bisection.
        int low = 0, high = entities.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (entities[middle].EndToken <= sentence.FirstToken)
                low = middle + 1;
            else
                high = middle;
        }

        for (var e = low; e < entities.Count && entities[e].FirstToken < sentence.EndToken; e++)
        {
            if (entities[e].Type == "PERSON")
            {
                tokens ??= [];
                for (var t = entities[e].FirstToken; t < entities[e].EndToken; t++)
                    tokens.Add(t);
            }
        }

        return tokens;
    }

    /// <summary>The POS tag of the token a piece is part of; empty when the Doc has no tags.</summary>
    public string Tag(TimePiece piece) => doc.PosTags.Count > piece.Token ? doc.PosTags[piece.Token] : "";
}
