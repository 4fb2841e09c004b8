namespace Chronicle.Storage;

/// <summary>
/// Which stored events to list; every filter that is set must hold. Actor filters look at source and
/// target alike.
/// </summary>
public sealed record EventQuery
{
    /// <summary>Words of an actor's text or canonical name ("Amir-Abdollahian"), or a whole actor code ("IRNGOV").</summary>
    public string? Actor { get; init; }

    /// <summary>A country code of source or target ("IRN").</summary>
    public string? Country { get; init; }

    /// <summary>A CAMEO code or its prefix ("19" for every fight, "195" for aerial weapons).</summary>
    public string? Cameo { get; init; }

    public string? Plover { get; init; }

    public int? Quad { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>A place name the event happened at.</summary>
    public string? Near { get; init; }

    /// <summary>Full-text words that the event's story must contain.</summary>
    public string? Text { get; init; }

    public int Limit { get; init; } = 1000;
}
