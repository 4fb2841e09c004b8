namespace Chronicle.Tagging;

/// <summary>Orthographic facts about a token that the shape alone does not say.</summary>
[Flags]
internal enum TokenFlags : ulong
{
    None = 0,
    InitialCapital = 1,
    AllCapitals = 2,
    HasDigit = 4,
    HasHyphen = 8,
    SentenceStart = 16,
    HasPeriod = 32,
    LongWord = 64,
}
