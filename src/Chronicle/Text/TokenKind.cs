namespace Chronicle.Text;

/// <summary>What a token is, as the tokenizer saw it from its characters alone.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
    Email,
    Hashtag,
    Handle,
}
