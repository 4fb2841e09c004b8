namespace Chronicle.Articles;

/// <summary>Where an input came from: a file path, a URL or "-" for stdin, and a 1-based line when one applies.</summary>
public sealed record InputLocation(string Source, int? Line = null)
{
    public override string ToString() => Line is { } line ? $"{Source}:{line}" : Source;
}
