namespace Chronicle.Syntax;

/// <summary>A base noun phrase: tokens [FirstToken, EndToken) of its Doc, and the token that heads it (its last noun).</summary>
public readonly record struct NounPhrase(int FirstToken, int EndToken, int Head)
{
    public int Length => EndToken - FirstToken;

    public bool Contains(int token) => token >= FirstToken && token < EndToken;
}
