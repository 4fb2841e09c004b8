using System.Runtime.InteropServices;
using Chronicle.Pipeline;

namespace Chronicle.Text;

/// <summary>Adds the token and sentence layers to a <see cref="Doc"/>. Thread-safe.</summary>
public sealed class TokenizerAnnotator(Tokenizer tokenizer, SentenceSplitter splitter) : IAnnotator
{
    // Per-thread buffers: the annotator is shared across threads, and growing fresh lists for every
    // document would allocate more than the tokenizer itself.
    [ThreadStatic]
    private static List<Token>? t_tokens;

    [ThreadStatic]
    private static List<Sentence>? t_sentences;

    public TokenizerAnnotator() : this(new Tokenizer(), new SentenceSplitter())
    {
    }

    public string Name => "tokenizer";

    public void Annotate(Doc doc)
    {
        var tokens = t_tokens ??= [];
        var sentences = t_sentences ??= [];
        tokens.Clear();
        sentences.Clear();
        tokenizer.Tokenize(doc.Text, tokens);
        splitter.Split(doc.Text, CollectionsMarshal.AsSpan(tokens), sentences);
        doc.SetTokens([.. tokens]);
        doc.SetSentences([.. sentences]);
    }
}
