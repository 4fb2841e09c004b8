namespace Chronicle.Actors.Petrarch;

/// <summary>What was read from a folder of PETRARCH dictionaries.</summary>
public sealed record PetrarchImport(int Actors, int Agents, int Discards, IReadOnlyList<string> Files, IReadOnlyList<string> Warnings);

/// <summary>
/// Loads a folder of PETRARCH/TABARI dictionaries over the built-in knowledge: files named
/// "*actors*.txt", "*agents*.txt" and "*discards*.txt". Verb and issue dictionaries are left to the
/// event coder.
/// </summary>
public static class PetrarchDictionaries
{
    /// <summary>The built-in knowledge with the dictionaries of <paramref name="directory"/> layered over it.</summary>
    public static ActorLexicon LoadOverBuiltIn(string directory, out PetrarchImport import) =>
        Load(new ActorLexiconBuilder().AddBuiltIn(), directory, out import).Build();

    public static ActorLexiconBuilder Load(ActorLexiconBuilder builder, string directory, out PetrarchImport import)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"{directory}: no such dictionary folder");
        return Load(builder, Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal), out import);
    }

    /// <summary>
    /// Loads the given files as one layer over what <paramref name="builder"/> holds. Within the layer the
    /// first file to name a phrase keeps it; files of other kinds (verbs, issues) are passed over.
    /// </summary>
    public static ActorLexiconBuilder Load(ActorLexiconBuilder builder, IEnumerable<string> paths, out PetrarchImport import)
    {
        builder.NextLayer();
        int actors = 0, agents = 0, discards = 0;
        var files = new List<string>();
        foreach (var path in paths)
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

        import = new PetrarchImport(actors, agents, discards, files, [.. builder.Warnings]);
        return builder;
    }
}
