using Chronicle.Actors;
using Chronicle.Actors.Petrarch;

namespace Chronicle.Cli;

/// <summary>The actor knowledge a command runs with: the built-in files, and a user's PETRARCH dictionaries over them.</summary>
internal static class ActorKnowledge
{
    /// <summary>How many skipped dictionary lines are named one by one; the rest are counted.</summary>
    private const int WarningsShown = 5;

    public static ActorLexicon Load(string? dictionaries, CliConsole console)
    {
        if (dictionaries is null)
            return ActorLexicon.BuiltIn;
        var lexicon = PetrarchDictionaries.LoadOverBuiltIn(dictionaries, out var import);
        foreach (var warning in import.Warnings.Take(WarningsShown))
            console.Note($"warning: {warning.TrimEnd('.')} (skipped)");
        if (import.Warnings.Count > WarningsShown)
            console.Note($"warning: {import.Warnings.Count - WarningsShown} more dictionary lines skipped");
        console.Note($"dictionaries: {import.Actors} actors, {import.Agents} agents, {import.Discards} discards from {import.Files.Count} file(s) in {dictionaries}");
        return lexicon;
    }
}
