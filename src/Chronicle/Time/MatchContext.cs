using Chronicle.Text;

namespace Chronicle.Time;

/// <summary>What rule elements read while matching one sentence: its pieces, their POS tags, and the number words.</summary>
internal sealed class MatchContext(Doc doc, List<TimePiece> pieces, TimeWords words)
{
    public List<TimePiece> Pieces { get; } = pieces;

    public TimeWords.WordClass? Numbers { get; } = words.Find("number");

    public TimeWords.WordClass? Ordinals { get; } = words.Find("ordinal");

    /// <summary>The POS tag of the token a piece is part of; empty when the Doc has no tags.</summary>
    public string Tag(TimePiece piece) => doc.PosTags.Count > piece.Token ? doc.PosTags[piece.Token] : "";
}
