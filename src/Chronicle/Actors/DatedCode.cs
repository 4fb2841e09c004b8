namespace Chronicle.Actors;

/// <summary>A code an actor holds between two dates (either open), with the title that gives it: "IRNGOV 2021-08-25..2024-05-19 foreign minister".</summary>
public sealed record DatedCode(ActorCode Code, DateOnly? From, DateOnly? To, string? Title)
{
    public bool Covers(DateOnly date) => (From is null || From <= date) && (To is null || date <= To);
}
