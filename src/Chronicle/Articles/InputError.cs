namespace Chronicle.Articles;

/// <summary>A bad input, reported to the user by where it is and what is wrong; never a stack trace.</summary>
public sealed record InputError(InputLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}

/// <summary>Thrown inside a reader for a problem with the input itself (not a bug); turned into an <see cref="InputError"/>.</summary>
public sealed class InputException(InputLocation location, string message) : Exception(message)
{
    public InputLocation Location { get; } = location;

    public InputError ToError() => new(Location, Message);
}
