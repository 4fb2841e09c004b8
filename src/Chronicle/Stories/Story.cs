namespace Chronicle.Stories;

/// <summary>One story of an article: [Start, End) of the article's normalized text, and that text.</summary>
public sealed record Story(int Index, int Start, int End, string Text);
