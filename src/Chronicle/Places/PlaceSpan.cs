namespace Chronicle.Places;

/// <summary>Chars [Start, End) of a text that name a place (or are a demonym standing for one).</summary>
public readonly record struct PlaceSpan(int Start, int End);

/// <summary>A place mention resolved to a gazetteer entry, or left unresolved (<see cref="Place"/> null) when no entry has its name.</summary>
/// <param name="Demonym">True when the words are a demonym ("Iraqi") standing for their country.</param>
public readonly record struct PlaceResolution(int Start, int End, Place? Place, bool Demonym);
