namespace Chronicle.Text;

/// <summary>
/// One text and the layers annotators add to it. The text is held once; every layer is a list of
/// ranges into it. Annotators add layers and never change one another's.
/// </summary>
public sealed class Doc(string text)
{
    private Token[] _tokens = [];
    private Sentence[] _sentences = [];

    public string Text { get; } = text;

    public IReadOnlyList<Token> Tokens => _tokens;

    public IReadOnlyList<Sentence> Sentences => _sentences;

    public ReadOnlySpan<char> this[Token token] => Text.AsSpan(token.Start, token.Length);

    public string TextOf(Sentence sentence) => Text[sentence.Start..sentence.End];

    public IEnumerable<Token> TokensOf(Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            yield return _tokens[i];
    }

    /// <summary>Sets the token layer; it can be set once.</summary>
    public void SetTokens(Token[] tokens) => _tokens = SetOnce(_tokens, tokens, "tokens");

    /// <summary>Sets the sentence layer; it can be set once.</summary>
    public void SetSentences(Sentence[] sentences) => _sentences = SetOnce(_sentences, sentences, "sentences");

    private T[] SetOnce<T>(T[] current, T[] value, string layer) =>
        current.Length == 0 ? value : throw new InvalidOperationException($"The {layer} layer is already set.");
}
