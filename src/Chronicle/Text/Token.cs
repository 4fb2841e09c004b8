namespace Chronicle.Text;

/// <summary>A token: a character range of its <see cref="Doc"/>'s text. Compact and copied by value.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
}
