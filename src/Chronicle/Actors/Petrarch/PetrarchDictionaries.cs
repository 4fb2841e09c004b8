namespace Chronicle.Actors.Petrarch;

/// <summary>What was read from a folder of PETRARCH dictionaries.</summary>
public sealed record PetrarchImport(int Actors, int Agents, int Discards, IReadOnlyList<string> Files);

/// <summary>
/// Loads a folder of PETRARCH/TABARI dictionaries over the built-in knowledge: files named
/// "*actors*.txt", "*agents*.txt" and "*discards*.txt". Verb and issue dictionaries are left to the
/// event coder.
/// </summary>
public static class PetrarchDictionaries
{
    /// <summary>The built-in knowledge with the dictionaries of <paramref name="directory"/> layered over it.</summary>
    public static ActorLexicon LoadOverBuiltIn(string directory) => Load(new ActorLexiconBuilder().AddBuiltIn(), directory, out _).Build();

    public static ActorLexiconBuilder Load(ActorLexiconBuilder builder, string directory, out PetrarchImport import)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"{directory}: no such dictionary folder");
        builder.NextLayer();
        int actors = 0, agents = 0, discards = 0;
        var files = new List<string>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path).ToLowerInvariant();
            using var reader = new StreamReader(path);
            if (name.Contains("actors"))
                actors += PetrarchActorFile.Read(reader, path, builder);
            else if (name.Contains("agents"))
                agents += PetrarchAgentFile.Read(reader, path, builder);
            else if (name.Contains("discards"))
                discards += PetrarchDiscardFile.Read(reader, builder);
            else
                continue;
            files.Add(path);
        }

        import = new PetrarchImport(actors, agents, discards, files);
        return builder;
    }
}
