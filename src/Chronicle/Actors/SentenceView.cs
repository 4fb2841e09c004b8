using Chronicle.Syntax;
using Chronicle.Text;

namespace Chronicle.Actors;

/// <summary>One sentence as the actor rules read it: its tokens' folded words, tags, names, sector words, entities and base noun phrases.</summary>
internal sealed class SentenceView
{
    public required Doc Doc { get; init; }

    public required int Index { get; init; }

    public required Sentence Sentence { get; init; }

    /// <summary>Folded words of every token of the Doc (indexed by token).</summary>
    public required IReadOnlyList<string> Words { get; init; }

    public required List<NameMatch> Names { get; init; }

    public required List<TermMatch> Terms { get; init; }

    public required List<Entity> Entities { get; init; }

    public required List<NounPhrase> Phrases { get; init; }

    public string Tag(int token) => Doc.PosTags[token];

    public string Word(int token) => Words[token];

    public string TextOf(int first, int end) => first >= end ? "" : Doc.Text[Doc.Tokens[first].Start..Doc.Tokens[end - 1].End];

    public IEnumerable<NameMatch> NamesIn(int first, int end) => Names.Where(n => n.First >= first && n.End <= end);

    public IEnumerable<TermMatch> TermsIn(int first, int end) => Terms.Where(t => t.First >= first && t.End <= end);

    public IEnumerable<Entity> EntitiesIn(int first, int end) => Entities.Where(e => e.FirstToken >= first && e.EndToken <= end);

    /// <summary>Entities with a token in [first, end): a name the chunker's span cuts into ("The Ministry of Agriculture").</summary>
    public IEnumerable<Entity> EntitiesOverlapping(int first, int end) => Entities.Where(e => e.FirstToken < end && e.EndToken > first);
}
