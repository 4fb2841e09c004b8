namespace Chronicle.Articles;

/// <summary>What <see cref="PetrarchRecords.Read"/> found in one PETRARCH validation file.</summary>
/// <param name="Path">The file read.</param>
/// <param name="Records">The well-formed records, in file order.</param>
/// <param name="Errors">The records (and <c>&lt;Config&gt;</c> elements or lines) that could not be read, each by file and line.</param>
/// <param name="Environment">
/// The settings of the file's <c>&lt;Environment&gt;</c> block by element name (looked up without case),
/// such as "Include" (the categories to score) or "Verbfile"; empty when it has none.
/// </param>
public sealed record PetrarchRecordFile(
    string Path, IReadOnlyList<PetrarchRecord> Records, IReadOnlyList<InputError> Errors, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>
    /// The categories the <c>&lt;Include&gt;</c> setting names; null when the file has none, and then every
    /// category counts. Its "valid" word is a flag, not a category, and is left out.
    /// </summary>
    public IReadOnlySet<string>? IncludedCategories { get; } = Environment.GetValueOrDefault("Include") is { } include
        ? include.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(c => c != "valid").ToHashSet(StringComparer.Ordinal)
        : null;

    /// <summary>
    /// Whether PETRARCH's validation scores <paramref name="record"/>, as UD-PETRARCH's validation.py
    /// decides: the record is to be evaluated, its category is included, and it expects something.
    /// </summary>
    public bool IsScored(PetrarchRecord record) =>
        record.Evaluate
        && record.Expected.Count > 0
        && (IncludedCategories is null || (record.Category is { } category && IncludedCategories.Contains(category)));
}
