namespace Chronicle.Text;

/// <summary>A sentence: a character range of its <see cref="Doc"/>'s text and the tokens inside it.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}
