namespace Chronicle.Tagging;

/// <summary>A sentence of tokens with one label each (a POS tag or an IOB2 entity tag), as training and evaluation data give it.</summary>
public sealed record LabeledSentence(string[] Tokens, string[] Labels);
