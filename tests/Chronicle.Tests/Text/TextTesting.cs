using Chronicle.Text;

namespace Chronicle.Tests.Text;

/// <summary>Runs the tokenizer and splitter and returns what a reader would compare: strings.</summary>
internal static class TextTesting
{
    private static readonly Tokenizer Tokenizer = new();
    private static readonly SentenceSplitter Splitter = new();

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        return tokens;
    }

    public static string[] Tokens(string text) => [.. Tokenize(text).Select(t => text[t.Start..t.End])];

    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        Splitter.Split(text, [.. Tokenize(text)], sentences);
        return sentences;
    }

    public static string[] Sentences(string text) => [.. Split(text).Select(s => text[s.Start..s.End])];

    public static TokenKind KindOf(string text, string token) =>
        Tokenize(text).Single(t => text[t.Start..t.End] == token).Kind;
}
