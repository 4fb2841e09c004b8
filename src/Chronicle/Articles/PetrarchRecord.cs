namespace Chronicle.Articles;

/// <summary>
/// One <c>&lt;Sentence&gt;</c> record of a PETRARCH validation file: the text to code, the coding options
/// in force for it, and the codings it expects.
/// </summary>
public sealed record PetrarchRecord
{
    /// <summary>The record's <c>id</c>, such as "DEMO-04".</summary>
    public required string Id { get; init; }

    /// <summary>The record's <c>date</c>, which dictionaries' date restrictions are checked against.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The record's <c>category</c>, such as "COMPOUND"; null when it has none.</summary>
    public string? Category { get; init; }

    /// <summary>
    /// False when the record says it is not to be scored (<c>evaluate="false"</c>, or PETRARCH-1's
    /// <c>sentence="false"</c>); such records are still read, so that they can be shown as skipped.
    /// </summary>
    public required bool Evaluate { get; init; }

    /// <summary>The <c>&lt;Text&gt;</c> content, trimmed, its line breaks as in the file.</summary>
    public required string Text { get; init; }

    /// <summary>The <c>&lt;Config&gt;</c> options in force when the record starts, names lower-cased, values as written.</summary>
    public required IReadOnlyDictionary<string, string> Options { get; init; }

    /// <summary>The record's <c>&lt;EventCoding&gt;</c> elements, in file order; empty when it has none.</summary>
    public required IReadOnlyList<PetrarchEventCoding> Expected { get; init; }

    /// <summary>The file and the line of the record's <c>&lt;Sentence&gt;</c> tag.</summary>
    public required InputLocation Location { get; init; }

    /// <summary>
    /// PETRARCH's own configuration, in force where no <c>&lt;Config&gt;</c> says otherwise: an event needs a
    /// source and a target, and comma-delimited stretches of 2 to 8 words inside or at the end of a sentence are left out.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> PetrarchDefaults = new Dictionary<string, string>
    {
        ["require_dyad"] = "True",
        ["comma_min"] = "2", ["comma_max"] = "8", ["comma_bmin"] = "0", ["comma_bmax"] = "0", ["comma_emin"] = "2", ["comma_emax"] = "8",
    };

    /// <summary>
    /// The record as an article: its id, date, options (over PETRARCH's defaults) and text, the text's
    /// lines joined, since records wrap one passage over several lines (a wrapped first line would
    /// otherwise read as a headline).
    /// </summary>
    public RawArticle ToArticle() => new()
    {
        Id = Id,
        Date = Date,
        Text = string.Join(' ', Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
        Options = PetrarchDefaults.Where(d => !Options.ContainsKey(d.Key)).Concat(Options).ToDictionary(),
        Location = Location,
    };
}
