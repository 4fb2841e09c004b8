namespace Chronicle.Text;

/// <summary>The classes of characters the tokenizer decides on.</summary>
internal enum CharClass : byte
{
    Space,
    Letter,
    Digit,
    Mark,
    Format,
    Punctuation,
    Symbol,
}
