namespace Chronicle.Events;

/// <summary>
/// A direct quote in a Doc: the quoted words (char offsets inside the quotation marks), the sentence it
/// opens in, and who said it (an index into the Doc's actor layer; null when the text does not say).
/// </summary>
public sealed record Quote(int Start, int End, int Sentence, int? Speaker);
