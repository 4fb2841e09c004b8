namespace Chronicle.Actors;

/// <summary>What kind of thing a known actor is; it decides how its name is coded and referred back to.</summary>
public enum ActorKind
{
    Country,
    Region,
    Organization,
    Person,
}

/// <summary>He or she; unknown for most names.</summary>
public enum Gender
{
    Unknown,
    Male,
    Female,
}

/// <summary>An actor Chronicle knows by name: a country, region, organization or person, and the codes it holds over time.</summary>
public sealed class ActorEntry
{
    public required string Name { get; init; }

    public required ActorKind Kind { get; init; }

    /// <summary>Codes with their dates, in the order written; an undated code holds whenever no dated one does.</summary>
    public required IReadOnlyList<DatedCode> Codes { get; init; }

    public Gender Gender { get; init; }

    /// <summary>Whether the name is plural ("the Houthis": they), as opposed to "it".</summary>
    public bool Plural { get; init; }

    /// <summary>
    /// The code for a text written on <paramref name="date"/>: the dated code covering it, else the
    /// undated one; with no date, the latest code. A person written of after their last role keeps that
    /// role ("General Qassem Soleimani" in 2023 is still the IRGC commander he was); before their first,
    /// they have no code.
    /// </summary>
    public DatedCode? CodeOn(DateOnly? date)
    {
        if (date is not { } day)
            return Codes.MaxBy(c => c.From ?? c.To ?? DateOnly.MinValue);
        return Codes.FirstOrDefault(c => (c.From is not null || c.To is not null) && c.Covers(day))
            ?? Codes.FirstOrDefault(c => c.From is null && c.To is null)
            ?? (Kind == ActorKind.Person ? Codes.Where(c => c.To < day).MaxBy(c => c.To) : null);
    }

    public override string ToString() => Name;
}
