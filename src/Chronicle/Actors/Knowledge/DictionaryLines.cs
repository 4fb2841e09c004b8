namespace Chronicle.Actors.Knowledge;

/// <summary>The lines of a dictionary file that say something: "#" comments cut off, blank lines skipped, each with its line number.</summary>
public static class DictionaryLines
{
    public static IEnumerable<(int Number, string Text)> Read(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length > 0)
                yield return (number, line);
        }
    }
}
