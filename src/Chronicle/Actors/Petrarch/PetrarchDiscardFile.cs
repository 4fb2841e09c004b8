namespace Chronicle.Actors.Petrarch;

/// <summary>
/// Reads a PETRARCH discard list: one phrase a line; "+" before it discards the whole story, else the
/// sentence. PETRARCH treats a phrase without a closing "_" as a stem; Chronicle matches whole words.
/// </summary>
public static class PetrarchDiscardFile
{
    public static int Read(TextReader reader, ActorLexiconBuilder builder)
    {
        var count = 0;
        while (reader.ReadLine() is { } raw)
        {
            var line = PetrarchActorFile.StripComment(raw).Trim();
            if (line.Length == 0 || line.StartsWith("<!", StringComparison.Ordinal))
                continue;
            var wholeStory = line.StartsWith('+');
            builder.AddDiscard(line.TrimStart('+').Trim().TrimEnd('_'), wholeStory);
            count++;
        }

        return count;
    }
}
