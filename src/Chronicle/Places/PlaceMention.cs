namespace Chronicle.Places;

/// <summary>
/// One mention of a place in a Doc: chars [Start, End), its sentence, and the gazetteer entry it
/// resolves to (null when no entry has the name: the words are kept, the place is unknown).
/// </summary>
public sealed record PlaceMention
{
    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>Index of the sentence in its Doc.</summary>
    public required int Sentence { get; init; }

    public required Place? Place { get; init; }

    /// <summary>True when the words are a demonym ("Bahraini") standing for their country.</summary>
    public bool Demonym { get; init; }
}
