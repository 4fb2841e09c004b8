namespace Chronicle.Articles;

/// <summary>One line of a line-oriented document: its text, or why it could not be decoded.</summary>
internal readonly record struct TextLine(InputLocation Location, string? Text, InputError? Error);
