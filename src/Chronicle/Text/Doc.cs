using Chronicle.Actors;
using Chronicle.Events;
using Chronicle.Places;
using Chronicle.Time;

namespace Chronicle.Text;

/// <summary>
/// One text and the layers annotators add to it. The text is held once; every layer is a list of
/// ranges into it. Annotators add layers and never change one another's.
/// </summary>
/// <param name="text">The text every layer indexes into.</param>
/// <param name="date">The date the text was written (its article's date), when known: relative dates and dated roles are read against it.</param>
public sealed class Doc(string text, DateOnly? date = null)
{
    private Token[] _tokens = [];
    private Sentence[] _sentences = [];
    private string[] _posTags = [];
    private Entity[] _entities = [];
    private TimeExpression[] _timeExpressions = [];
    private ActorMention[] _actors = [];
    private PlaceMention[] _places = [];
    private CodedEvent[] _events = [];
    private Quote[] _quotes = [];

    public string Text { get; } = text;

    /// <summary>The date the text was written, when known.</summary>
    public DateOnly? Date { get; } = date;

    /// <summary>How the text's source asks its events to be coded.</summary>
    public CodingOptions Coding { get; init; } = CodingOptions.Default;

    public IReadOnlyList<Token> Tokens => _tokens;

    public IReadOnlyList<Sentence> Sentences => _sentences;

    /// <summary>Penn Treebank tags, one per token; empty until a POS tagger has run.</summary>
    public IReadOnlyList<string> PosTags => _posTags;

    /// <summary>Named entities in text order; empty until an entity recognizer has run.</summary>
    public IReadOnlyList<Entity> Entities => _entities;

    /// <summary>Time expressions (TIMEX3) in text order, values resolved against <see cref="Date"/>; empty until the time annotator has run.</summary>
    public IReadOnlyList<TimeExpression> TimeExpressions => _timeExpressions;

    /// <summary>Actor mentions (names, descriptions, pronouns) in text order; empty until the actor coder has run.</summary>
    public IReadOnlyList<ActorMention> Actors => _actors;

    /// <summary>Place mentions (names and demonyms) in text order, resolved where the gazetteer knows them; empty until the place annotator has run.</summary>
    public IReadOnlyList<PlaceMention> Places => _places;

    /// <summary>Coded events in sentence order; empty until the event coder has run.</summary>
    public IReadOnlyList<CodedEvent> Events => _events;

    /// <summary>Direct quotes with their speakers, in text order; empty until the quote finder has run.</summary>
    public IReadOnlyList<Quote> Quotes => _quotes;

    public ReadOnlySpan<char> this[Token token] => Text.AsSpan(token.Start, token.Length);

    public string TextOf(Sentence sentence) => Text[sentence.Start..sentence.End];

    /// <summary>The tokens of a sentence, as a span for code that must not allocate.</summary>
    public ReadOnlySpan<Token> TokenSpan(Sentence sentence) => _tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);

    /// <summary>The POS tags of a sentence's tokens.</summary>
    public ArraySegment<string> PosTagsOf(Sentence sentence) => new(_posTags, sentence.FirstToken, sentence.TokenCount);

    public IEnumerable<Token> TokensOf(Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            yield return _tokens[i];
    }

    /// <summary>Sets the token layer; it can be set once.</summary>
    public void SetTokens(Token[] tokens) => _tokens = SetOnce(_tokens, tokens, "tokens");

    /// <summary>Sets the sentence layer; it can be set once.</summary>
    public void SetSentences(Sentence[] sentences) => _sentences = SetOnce(_sentences, sentences, "sentences");

    /// <summary>Sets the POS layer, one tag per token; it can be set once.</summary>
    public void SetPosTags(string[] tags) =>
        _posTags = tags.Length == _tokens.Length ? SetOnce(_posTags, tags, "POS") : throw new ArgumentException("One POS tag per token.", nameof(tags));

    /// <summary>Sets the entity layer; it can be set once.</summary>
    public void SetEntities(Entity[] entities) => _entities = SetOnce(_entities, entities, "entities");

    /// <summary>Sets the time-expression layer; it can be set once.</summary>
    public void SetTimeExpressions(TimeExpression[] expressions) => _timeExpressions = SetOnce(_timeExpressions, expressions, "time expressions");

    /// <summary>Sets the actor layer; it can be set once.</summary>
    public void SetActors(ActorMention[] actors) => _actors = SetOnce(_actors, actors, "actors");

    /// <summary>Sets the place layer; it can be set once.</summary>
    public void SetPlaces(PlaceMention[] places) => _places = SetOnce(_places, places, "places");

    /// <summary>Sets the event layer; it can be set once.</summary>
    public void SetEvents(CodedEvent[] events) => _events = SetOnce(_events, events, "events");

    /// <summary>Sets the quote layer; it can be set once.</summary>
    public void SetQuotes(Quote[] quotes) => _quotes = SetOnce(_quotes, quotes, "quotes");

    private T[] SetOnce<T>(T[] current, T[] value, string layer) =>
        current.Length == 0 ? value : throw new InvalidOperationException($"The {layer} layer is already set.");
}
