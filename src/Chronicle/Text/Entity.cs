namespace Chronicle.Text;

/// <summary>A named entity: tokens [FirstToken, EndToken) and chars [Start, End) of its Doc, with its type ("PERSON", "GPE", "ORG").</summary>
public readonly record struct Entity(int FirstToken, int EndToken, int Start, int End, string Type);
