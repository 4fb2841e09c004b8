using System.Text;

namespace Chronicle.Articles;

/// <summary>
/// The names input formats go by on the command line and in documents: the enum names in lower case,
/// words joined by '-' ("auto", "text", "html", "rss", "jsonl", "petrarch-xml").
/// </summary>
public static class InputFormatNames
{
    /// <summary>Every format's name, in the order of <see cref="InputFormat"/>.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<InputFormat>().Select(Name).ToArray();

    /// <summary>The name of <paramref name="format"/>, such as "petrarch-xml" for <see cref="InputFormat.PetrarchXml"/>.</summary>
    public static string Name(InputFormat format)
    {
        var words = format.ToString();
        var name = new StringBuilder(words.Length + 2);
        foreach (var c in words)
        {
            if (char.IsUpper(c) && name.Length > 0)
                name.Append('-');
            name.Append(char.ToLowerInvariant(c));
        }

        return name.ToString();
    }

    /// <summary>Reads a format's name; the enum's own names ("PetrarchXml", "jsonl") are taken too, without case.</summary>
    public static bool TryParse(string? text, out InputFormat format)
    {
        text = text?.Trim();
        foreach (var candidate in Enum.GetValues<InputFormat>())
        {
            if (string.Equals(text, Name(candidate), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = InputFormat.Auto;
        return false;
    }
}
