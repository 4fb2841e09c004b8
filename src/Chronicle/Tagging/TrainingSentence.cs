using Chronicle.Text;

namespace Chronicle.Tagging;

/// <summary>A labelled sentence laid out as the tagger sees text: tokens joined by spaces, with their offsets.</summary>
internal sealed record TrainingSentence(string Text, Token[] Tokens, string[] Labels, IReadOnlyList<string>? Pos, float[]? Vectors)
{
    public static TrainingSentence From(LabeledSentence sentence, IReadOnlyList<string>? pos = null, float[]? vectors = null)
    {
        var (text, tokens) = Layout(sentence.Tokens);
        return new TrainingSentence(text, tokens, sentence.Labels, pos, vectors);
    }

    /// <summary>Joins tokens with single spaces and records where each one is.</summary>
    public static (string Text, Token[] Tokens) Layout(IReadOnlyList<string> words)
    {
        var tokens = new Token[words.Count];
        var start = 0;
        for (var i = 0; i < words.Count; i++)
        {
            tokens[i] = new Token(start, start + words[i].Length, TokenKind.Word);
            start += words[i].Length + 1;
        }

        return (string.Join(' ', words), tokens);
    }
}
