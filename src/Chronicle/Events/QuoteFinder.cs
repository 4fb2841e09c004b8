using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>
/// The quote annotator: finds direct quotes ("..." and '...', whatever marks the source used) and their
/// speakers: the subject of a speech verb before the quote ("the statement said: '...'") or after it
/// ("'...', the minister said"; "'...', said the minister"). Words in quotation marks that are no
/// speech ("described the presence as 'unacceptable'") are left out by length. Speech verbs are the
/// verbs of the pattern dictionary's statements (CAMEO 01). Reads tokens, POS tags and actors; adds the quote layer.
/// </summary>
public sealed class QuoteFinder(PatternDictionary patterns) : IAnnotator
{
    /// <summary>Fewer words than this in quotation marks are a term being quoted, not a quote.</summary>
    private const int MinWords = 4;

    /// <summary>How many tokens a speech verb and its speaker may stand from the quote after it.</summary>
    private const int Reach = 8;

    public QuoteFinder() : this(PatternDictionary.Default)
    {
    }

    public string Name => "quotes";

    public void Annotate(Doc doc)
    {
        if (doc.PosTags.Count != doc.Tokens.Count)
            throw new InvalidOperationException("The quote finder needs POS tags and actors: run the POS tagger and the actor coder first.");
        var quotes = new List<Quote>();
        foreach (var (start, end) in QuotationMarks.Spans(doc.Text))
        {
            var first = TokenAt(doc, start);
            var last = TokenAt(doc, end - 1);
            if (first < 0 || last < 0 || CountWords(doc, first, last) < MinWords)
                continue;
            var sentence = SentenceOf(doc, first);
            quotes.Add(new Quote(start, end, sentence, SpeakerBefore(doc, first, sentence) ?? SpeakerAfter(doc, last)));
        }

        doc.SetQuotes([.. quotes]);
    }

    private bool IsSpeechVerb(Doc doc, int token) =>
        doc.PosTags[token].StartsWith("VB", StringComparison.Ordinal)
        && patterns.ForVerb(Actors.PhraseWords.Fold(doc[doc.Tokens[token]])).Any(p => p.Code.StartsWith("01", StringComparison.Ordinal));

    /// <summary>"X said in a statement: '...'": the actor before the nearest speech verb before the quote, in its sentence.</summary>
    private int? SpeakerBefore(Doc doc, int quoteFirst, int sentence)
    {
        var from = doc.Sentences[sentence].FirstToken;
        for (var verb = quoteFirst - 1; verb >= from && verb >= quoteFirst - 2 * Reach; verb--)
        {
            if (IsSpeechVerb(doc, verb))
                return LastActor(doc, a => a.EndToken <= verb && a.FirstToken >= from);
        }

        return null;
    }

    /// <summary>"'...', the minister said" or "'...', said the minister": a speech verb just after the quote, and the actor beside it.</summary>
    private int? SpeakerAfter(Doc doc, int quoteLast)
    {
        for (var verb = quoteLast + 1; verb < doc.Tokens.Count && verb <= quoteLast + Reach; verb++)
        {
            if (IsSpeechVerb(doc, verb))
                return LastActor(doc, a => a.EndToken == verb && a.FirstToken > quoteLast) ?? FirstActor(doc, a => a.FirstToken > verb && a.FirstToken <= verb + 3);
        }

        return null;
    }

    private static int? LastActor(Doc doc, Func<Actors.ActorMention, bool> where)
    {
        for (var i = doc.Actors.Count - 1; i >= 0; i--)
        {
            if (where(doc.Actors[i]))
                return i;
        }

        return null;
    }

    private static int? FirstActor(Doc doc, Func<Actors.ActorMention, bool> where)
    {
        for (var i = 0; i < doc.Actors.Count; i++)
        {
            if (where(doc.Actors[i]))
                return i;
        }

        return null;
    }

    private static int CountWords(Doc doc, int first, int last)
    {
        var words = 0;
        for (var i = first; i <= last; i++)
            words += doc.Tokens[i].Kind == TokenKind.Word ? 1 : 0;
        return words;
    }

    /// <summary>The token covering char <paramref name="offset"/>, or the first after it; -1 past the end.</summary>
    private static int TokenAt(Doc doc, int offset)
    {
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            if (doc.Tokens[i].End > offset)
                return i;
        }

        return -1;
    }

    private static int SentenceOf(Doc doc, int token)
    {
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            if (token < doc.Sentences[s].EndToken)
                return s;
        }

        return doc.Sentences.Count - 1;
    }
}
