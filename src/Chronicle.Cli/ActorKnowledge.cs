using Chronicle.Actors;
using Chronicle.Actors.Petrarch;

namespace Chronicle.Cli;

/// <summary>The actor knowledge a command runs with: the built-in files, and a user's PETRARCH dictionaries over them.</summary>
internal static class ActorKnowledge
{
    public static ActorLexicon Load(string? dictionaries) =>
        dictionaries is null ? ActorLexicon.BuiltIn : PetrarchDictionaries.LoadOverBuiltIn(dictionaries);
}
