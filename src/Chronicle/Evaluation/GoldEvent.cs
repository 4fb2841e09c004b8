namespace Chronicle.Evaluation;

/// <summary>
/// A hand-coded event of an article: the story it is in, words that find its sentence there, and the
/// codes it must have. Codes are prefixes, so a gold line can be as exact as the text allows: "IRQ"
/// accepts any Iraqi actor, "04" any consultation.
/// </summary>
/// <param name="Story">The story's index in its article.</param>
/// <param name="Cue">Words found in exactly one sentence of the story: the one that states the event.</param>
/// <param name="Source">A prefix of the source's actor code.</param>
/// <param name="Cameo">A prefix of the CAMEO code.</param>
/// <param name="Target">A prefix of the target's actor code; <see cref="AnyTarget"/> accepts any or none, <see cref="NoTarget"/> only none.</param>
/// <param name="Line">The line of the gold file, for messages.</param>
public sealed record GoldEvent(int Story, string Cue, string Source, string Cameo, string Target, int Line)
{
    public const string AnyTarget = "*";

    public const string NoTarget = "-";

    public bool Accepts(string? source, string cameo, string? target) =>
        source is not null && source.StartsWith(Source, StringComparison.Ordinal)
        && cameo.StartsWith(Cameo, StringComparison.Ordinal)
        && Target switch
        {
            AnyTarget => true,
            NoTarget => target is null,
            _ => target is not null && target.StartsWith(Target, StringComparison.Ordinal),
        };

    public override string ToString() => $"story {Story} \"{Cue}\": {Source} {Cameo} {Target}";

    /// <summary>Reads a gold file: tab-separated story, cue, source, cameo, target; '#' starts a comment line.</summary>
    /// <exception cref="InvalidDataException">A line does not have the five fields, or its story is not a number.</exception>
    public static List<GoldEvent> Read(string path)
    {
        var gold = new List<GoldEvent>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var fields = line.Split('\t');
            if (fields.Length != 5 || !int.TryParse(fields[0], out var story) || fields.Skip(1).Any(f => f.Trim().Length == 0))
                throw new InvalidDataException($"{path}:{number}: expected five tab-separated fields: story, cue, source, cameo, target");
            gold.Add(new GoldEvent(story, fields[1].Trim(), fields[2].Trim(), fields[3].Trim(), fields[4].Trim(), number));
        }

        return gold;
    }
}
