namespace Chronicle.Places;

/// <summary>
/// How much each piece of evidence counts when the <see cref="Geoparser"/> scores a candidate place. Scores
/// are in units of one power of ten of population: a kind bonus of 1 weighs as much as one power of ten of people when Population is 1.
/// The defaults were chosen on the development corpora LGL, GeoVirus and WikToR (bench/README.md).
/// </summary>
public sealed record GeoparserWeights
{
    /// <summary>Per power of ten of population.</summary>
    public double Population { get; init; } = 0.375;

    public double Continent { get; init; } = 6;

    public double Country { get; init; } = 7.5;

    public double Admin1Kind { get; init; } = 4.5;

    /// <summary>Regions, seas and other areas.</summary>
    public double Region { get; init; } = 6;

    public double Capital { get; init; } = 4;

    /// <summary>Seats of first-level divisions.</summary>
    public double AdminSeat { get; init; } = 1.5;

    public double Landform { get; init; } = 1.5;

    /// <summary>Seats of lower divisions, and second-level divisions.</summary>
    public double LocalSeat { get; init; } = 0.5;

    /// <summary>Times the square root of the share of the document's country votes for the candidate's country.</summary>
    public double Focus { get; init; } = 8;

    /// <summary>Times the share of the document's division votes for the candidate's division.</summary>
    public double Admin1 { get; init; } = 9;

    /// <summary>Times nearness to the places the other names resolve to (1 at the same point, 1/e at <see cref="NearKm"/>).</summary>
    public double Near { get; init; } = 3.0;

    public double NearKm { get; init; } = 200;

    /// <summary>
    /// Times the share of the other members of the mention's list ("A, B and C") that are of the candidate's kind:
    /// countries for a country, first-level divisions of its country for a division.
    /// </summary>
    public double List { get; init; } = 4;

    /// <summary>For a candidate inside a place named right after it ("Pandi, Bulacan").</summary>
    public double Contained { get; init; } = 3;

    /// <summary>For (or, negated, against) a candidate of the kind a word names ("Diraz village").</summary>
    public double Hint { get; init; } = 2.0;

    /// <summary>Against a division found only with its kind word left out.</summary>
    public double Loose { get; init; } = 3;

    /// <summary>
    /// Against a division when a town of its name, inside it, is a candidate too. More than
    /// <see cref="Admin1Kind"/> less <see cref="AdminSeat"/>, so a division whose people all live in its
    /// seat (Alexandria Governorate) does not tie with the seat.
    /// </summary>
    public double SeatOverDivision { get; init; } = 3.5;

    /// <summary>For a capital whose name acts ("Washington said").</summary>
    public double ActorCapital { get; init; } = 3.0;

    /// <summary>Rounds of re-scoring with the document's evidence.</summary>
    public int Rounds { get; init; } = 3;
}
