namespace Chronicle.Articles;

/// <summary>
/// One expected coding of a PETRARCH validation record, its <c>&lt;EventCoding .../&gt;</c> element with
/// every attribute as written. Most give <c>eventcode</c>, <c>sourcecode</c> and <c>targetcode</c>; some
/// say instead that no event should be coded (<c>noevents="True"</c>) or that the coder should discard
/// the sentence or story (<c>error="sentencediscard"</c>, <c>error="storydiscard"</c>).
/// </summary>
/// <param name="Attributes">Every attribute of the element, by name (looked up without case), values as written.</param>
/// <param name="Location">The file and line of the element.</param>
public sealed record PetrarchEventCoding(IReadOnlyDictionary<string, string> Attributes, InputLocation Location)
{
    /// <summary>The expected CAMEO event code, such as "042"; null when the element gives none.</summary>
    public string? EventCode => Attributes.GetValueOrDefault("eventcode");

    /// <summary>The expected source actor code, such as "USAGOV"; null when the element gives none.</summary>
    public string? SourceCode => Attributes.GetValueOrDefault("sourcecode");

    /// <summary>The expected target actor code; null when the element gives none.</summary>
    public string? TargetCode => Attributes.GetValueOrDefault("targetcode");

    /// <summary>Whether the record expects no event at all (<c>noevents="True"</c>).</summary>
    public bool NoEvents => Attributes.GetValueOrDefault("noevents")?.Trim().Equals("true", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The discard the record expects instead of events ("sentencediscard", "storydiscard"); null when none.</summary>
    public string? Error => Attributes.GetValueOrDefault("error");
}
