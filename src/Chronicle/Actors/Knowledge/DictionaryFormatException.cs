namespace Chronicle.Actors.Knowledge;

/// <summary>A dictionary line that cannot be read, with the file and line that hold it.</summary>
public sealed class DictionaryFormatException(string source, int line, string message)
    : FormatException($"{source}:{line}: {message}")
{
    public string File { get; } = source;

    public int Line { get; } = line;
}
