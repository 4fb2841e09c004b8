namespace Chronicle.Storage;

/// <summary>
/// Which stored events to list, in what order, and which page of them; every filter that is set must
/// hold. Actor filters look at source and target alike.
/// </summary>
public sealed record EventQuery
{
    /// <summary>Words of an actor's text or canonical name ("Amir-Abdollahian"), or a whole actor code ("IRNGOV").</summary>
    public string? Actor { get; init; }

    /// <summary>A whole actor code the source must have ("IRNGOV"); with <see cref="Target"/>, one dyad.</summary>
    public string? Source { get; init; }

    /// <summary>A whole actor code the target must have.</summary>
    public string? Target { get; init; }

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

    /// <summary>The id of the article the events were read from.</summary>
    public string? Article { get; init; }

    public EventSort Sort { get; init; } = EventSort.Newest;

    /// <summary>How many events of the sorted list to skip before the page starts.</summary>
    public int Offset { get; init; }

    public int Limit { get; init; } = 1000;
}

/// <summary>The order events are listed in. Ties fall back to article, story, sentence and storage order, so pages never overlap.</summary>
public enum EventSort
{
    /// <summary>Latest date first; events of unknown date last.</summary>
    Newest,

    Oldest,

    /// <summary>Most conflictual first (lowest Goldstein score).</summary>
    Conflict,

    /// <summary>Most cooperative first (highest Goldstein score).</summary>
    Cooperation,

    /// <summary>Surest first.</summary>
    Confidence,
}
