namespace Chronicle.Events;

/// <summary>Whether a pattern starts at a verb or at an event noun.</summary>
public enum PatternKind
{
    Verb,
    Noun,
}

/// <summary>
/// One phrasing of an event: "travel to *" codes 043 with the phrase after "to" as target. Words are
/// folded; the first is a verb's or noun's base form; "*" marks the target; "^" passes over a phrase that is never
/// the target (PETRARCH's skipped phrase: "celebrate eid at ^ with *"); "_" joins the words either side of it.
/// </summary>
public sealed record EventPattern(string Code, PatternKind Kind, IReadOnlyList<string> Words, string Source)
{
    public const string Target = "*";

    /// <summary>A phrase the pattern passes over: matched like a target, never taken as one.</summary>
    public const string SkippedPhrase = "^";

    /// <summary>Between two words that must stand next to each other in the text, as a PETRARCH braced phrase asks ("{FINANCIAL AID}").</summary>
    public const string Joined = "_";

    public string Head => Words[0];

    /// <summary>Forms of a verb head its base form would not give ("sped" for "speed"), as an imported dictionary lists them.</summary>
    public IReadOnlyList<string> IrregularForms { get; init; } = [];

    /// <summary>
    /// Whether a future-tense match is coded as the intent or threat it states ("will visit" as 036), as the
    /// CAMEO manual asks. PETRARCH's dictionaries code a verb's event whatever its tense, and patterns
    /// imported from them keep that convention.
    /// </summary>
    public bool FutureAsIntent { get; init; } = true;

    /// <summary>
    /// The code of the other side's event when the event is mutual: "A met B" is also "B met A" (040), "A
    /// visited B" is "B hosted A" (043); null when it has one direction. Built-in patterns take CAMEO's pairs;
    /// PETRARCH's dictionaries state theirs ("[042:043]", "[040:040]"), and a code they give alone has none.
    /// </summary>
    public string? Paired { get; init; }

    /// <summary>
    /// Whether the pattern codes only a compound subject, as PETRARCH's "% *" lines ask: "Gondor and Osgiliath
    /// downplayed their meeting" may code otherwise than "Gondor downplayed". Such a pattern goes before the
    /// verb's others when the subject is compound, and is not used when it is not.
    /// </summary>
    public bool CompoundSource { get; init; }

    /// <summary>
    /// The code a negated match takes ("did not criticize" as the cooperation it denies), as PETRARCH's coding
    /// ontology pairs codes (<see cref="Petrarch.PetrarchOntology"/>); null when a negation codes nothing, as
    /// CAMEO has it, or a refusal under a future ("will not release").
    /// </summary>
    public string? NegatedCode { get; init; }

    /// <summary>What tells the pattern from another: its kind, words, and whether it asks for a compound subject.</summary>
    public string Key => $"{Kind}:{(CompoundSource ? "% " : "")}{string.Join(' ', Words)}";

    /// <summary>The pattern coding another event, as a tense or a duty makes it ("will visit" is 036): CAMEO's pair of the new code goes with it.</summary>
    public EventPattern Recoded(string code) => this with { Code = code, Paired = EventTransforms.Reverse(code), NegatedCode = null };

    /// <summary>Particles a verb's direct object may follow: "shoot dead *", "round up *", "hand over * to".</summary>
    private static readonly HashSet<string> Particles = ["up", "down", "out", "off", "over", "back", "away", "free", "dead", "aside", "apart", "open"];

    /// <summary>
    /// Where the verb's direct object, the subject of its passive, stands among the words: the "*" straight after
    /// the head or after its particles ("were shot dead in X": the shot are the subject, X is where); 0 when none.
    /// </summary>
    public int ObjectSlot
    {
        get
        {
            var k = 1;
            while (k < Words.Count && Particles.Contains(Words[k]))
                k++;
            return k < Words.Count && Words[k] == Target ? k : 0;
        }
    }

    /// <summary>Whether the target is the verb's direct object, the subject of its passive.</summary>
    public bool TargetIsObject => ObjectSlot > 0;

    /// <summary>How specific the pattern is: its literal words after the head.</summary>
    public int Weight => Words.Count(w => w is not Target and not SkippedPhrase and not Joined);

    public override string ToString() => $"[{Code}] {(Kind == PatternKind.Noun ? "noun: " : "")}{(CompoundSource ? "% " : "")}{string.Join(' ', Words)}";
}
