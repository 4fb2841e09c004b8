using Chronicle.Events;
using Chronicle.Events.Petrarch;

namespace Chronicle.Tests.Events.Petrarch;

/// <summary>The verb dictionaries PETRARCH-2 and universal-PETRARCH ship, read into patterns; and the folder loader.</summary>
public class PetrarchVerbDictionaryTests
{
    private static readonly string Events = Path.Combine(RepoPaths.Shared, "data", "events");

    private sealed record Loaded(List<EventPattern> Patterns, PetrarchVerbCounts Counts, List<string> Warnings)
    {
        public IEnumerable<EventPattern> Find(string words) => Patterns.Where(p => string.Join(' ', p.Words) == words);
    }

    private static Loaded Load(string path)
    {
        var warnings = new List<string>();
        using var reader = new StreamReader(path);
        var patterns = PetrarchVerbFile.Read(reader, Path.GetFileName(path), warnings, out var counts);
        return new Loaded(patterns, counts, warnings);
    }

    private static readonly Lazy<Loaded> Cameo = new(() => Load(Path.Combine(Events, "petrarch2", "dictionaries", "CAMEO.2.0.txt")));

    private static readonly Lazy<Loaded> Validate = new(() => Load(Path.Combine(Events, "universal-petrarch", "PETR_Validate_verbs_2_02.txt")));

    /// <summary>The default pipeline with one verbs file of a user's own imported beside the built-in patterns.</summary>
    private static Chronicle.Pipeline.ArticlePipeline WithVerbs(string verbsFile)
    {
        using var scratch = new ScratchDir();
        scratch.Write("mine.verbs.txt", verbsFile);
        return Chronicle.Pipeline.ArticlePipeline.CreateDefault(patterns: PetrarchVerbs.LoadFolder(scratch.Root, out _));
    }

    [Fact]
    public void Cameo_2_0_loads_with_its_few_unreadable_lines_named()
    {
        var (patterns, counts, warnings) = Cameo.Value;

        Assert.Equal(4668, counts.PatternLines);
        Assert.Equal(8, counts.Transformations);
        Assert.InRange(counts.Verbs, 1700, 1900);
        Assert.InRange(patterns.Count, 90_000, 120_000);
        Assert.InRange(counts.NoEvent, 200, 300);
        Assert.InRange(counts.Dropped, 200, 300);
        // "(WITH VISIT) VISIT)", "[080!]", an unbalanced "(ON ^) ^)", and two synsets the file never defines.
        Assert.Equal(5, warnings.Count);
        Assert.All(warnings, w => Assert.Matches(@"^CAMEO\.2\.0\.txt:\d+: ", w));
        Assert.Contains(warnings, w => w.Contains("&WEATHER", StringComparison.Ordinal));
    }

    [Fact]
    public void Cameo_2_0_patterns_read_as_written()
    {
        var cameo = Cameo.Value;

        // "- * {ROCKET ATTACK} [193] # THWART" in the FOIL block: FOIL and THWART.
        Assert.Equal("193", Assert.Single(cameo.Find("thwart rocket _ attack *")).Code);
        Assert.Equal("193", Assert.Single(cameo.Find("foil rocket _ attack *")).Code);
        // "- + * ROCKET [193]": the target before the verb.
        Assert.Empty(cameo.Find("thwart rocket *"));
        // "- * (TO) [042:043] # RUSH" in ACCELERATE.
        Assert.Equal("042", Assert.Single(cameo.Find("rush to *")).Code);
        // "- * (FOR {FINANCIAL AID}) [0231]" in ASK, and ASK's own [020] for the verb alone.
        Assert.Equal("0231", Assert.Single(cameo.Find("ask for financial _ aid *")).Code);
        Assert.Equal("020", Assert.Single(cameo.Find("ask *")).Code);
        // "+ASK_FOR" is listed again in the later INVITE [040] block: the later block stands, as in PETRARCH.
        Assert.Equal("040", Assert.Single(cameo.Find("ask for *")).Code);
        // "- * &CEASEFIRE [0356] # ARRANGE": the synset's members.
        Assert.Equal("0356", Assert.Single(cameo.Find("arrange truce *")).Code);
        Assert.Equal("0356", Assert.Single(cameo.Find("arrange armistice *")).Code);
        Assert.Equal("0356", Assert.Single(cameo.Find("arrange cease fire *")).Code);
        // "- &MILITARY * [154] # RUSH": nothing after the verb tells it from RUSH alone.
        Assert.DoesNotContain(cameo.Patterns, p => p.Head == "rush" && p.Code == "154" && p.Words.Count == 2);
    }

    [Fact]
    public void Cameo_2_0_irregular_forms_are_carried_where_the_generator_lacks_them()
    {
        var cameo = Cameo.Value;
        var cleave = cameo.Patterns.First(p => p.Head == "cleave");
        Assert.Contains("cleft", cleave.IrregularForms);

        var dictionary = new PatternDictionary();
        dictionary.AddAll(cameo.Patterns.Where(p => p.Head is "cleave" or "speed" or "thwart"));
        Assert.Contains(dictionary.ForVerb("cleft"), p => p.Head == "cleave");
        Assert.Contains(dictionary.ForVerb("sped"), p => p.Head == "speed");
        Assert.Contains(dictionary.ForVerb("thwarted"), p => string.Join(' ', p.Words) == "thwart rocket _ attack *");
    }

    [Fact]
    public void Universal_petrarch_validation_verbs_load()
    {
        var (patterns, counts, warnings) = Validate.Value;

        Assert.Equal(358, counts.PatternLines);
        Assert.InRange(patterns.Count, 3_500, 5_000);
        Assert.InRange(counts.Dropped, 30, 60);
        // Undefined synsets (&DEFENSE, &PKO, &REFUGEE, &SECURITY), "[+++]", a pattern line without its "-", a cut-off code.
        Assert.Equal(8, warnings.Count);
        Assert.All(warnings, w => Assert.Matches(@"^PETR_Validate_verbs_2_02\.txt:\d+: ", w));
        Assert.Equal(1, counts.DropReasons["words before a multi-word verb's verb word"]);

        // "--- ARREST [212] ---": a code outside CAMEO, kept as the dictionary writes it.
        Assert.Equal("212", Assert.Single(Validate.Value.Find("arrest *")).Code);
        // "--- ABANDON [1121] ---" and "- * {DIPLOMATIC TIES} [080]".
        Assert.Equal("1121", Assert.Single(Validate.Value.Find("abandon *")).Code);
        Assert.Equal("080", Assert.Single(Validate.Value.Find("abandon diplomatic _ ties *")).Code);
        // "- * {NEW &TIETYPES RELATIONS} [1951]".
        Assert.Equal("1951", Assert.Single(Validate.Value.Find("abandon new economic _ relations *")).Code);
        // "--- ACCORD [013] ---": its "- (IN) * [075]" lines need their pre-verb phrase, so the verb alone keeps the block's code.
        Assert.Equal("013", Assert.Single(Validate.Value.Find("accord *")).Code);
        // "+GO_BY {+WENT_BY +GOES_BY +GONE_BY }" in ALLOW [080].
        Assert.Equal("080", Assert.Single(Validate.Value.Find("go by *")).Code);
    }

    [Fact]
    public void A_folder_of_verb_dictionaries_layers_over_the_built_in_patterns()
    {
        var folder = Directory.CreateTempSubdirectory("petrverbs");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "mine.verbs.txt"), "--- VISIT [043] ---\nVISIT\n- * (TO SHRINE) [0431]\n- * BADLY [\n");
            File.WriteAllText(Path.Combine(folder.FullName, "CAMEO.local.txt"), "--- VISIT [040] ---\nVISIT\n--- SMITE [190] ---\nSMITE {SMOTE SMITTEN}\n");
            File.WriteAllText(Path.Combine(folder.FullName, "Local.actors.txt"), "NOT_A_VERB [USA]\n");

            var patterns = PetrarchVerbs.LoadFolder(folder.FullName, out var import);

            Assert.Equal(["CAMEO.local.txt", "mine.verbs.txt"], import.Files.Select(Path.GetFileName));
            // Ordinal order: CAMEO.local.txt names "visit *" first and keeps it.
            Assert.Equal(3, import.Patterns);
            // An imported verb stands for all its readings: every built-in "visit" pattern gives way.
            Assert.Equal(PatternDictionary.Default.ForVerb("visit").Count(p => p.Kind == PatternKind.Verb && p.Head == "visit"), import.Overridden);
            Assert.DoesNotContain(patterns.ForVerb("visited"), p => p.Head == "visit" && p.FutureAsIntent);
            Assert.Single(import.Warnings);
            Assert.EndsWith("mine.verbs.txt:4: a pattern ends in its code, '[CODE]': '- * BADLY ['", import.Warnings[0], StringComparison.Ordinal);
            var visits = patterns.ForVerb("visited").Where(p => p.Words.SequenceEqual(["visit", "*"])).ToList();
            Assert.Equal("040", Assert.Single(visits).Code);
            // CAMEO has no 0431: a sub-code the codebook lacks reads as its parent.
            Assert.Contains(patterns.ForVerb("visited"), p => p.Code == "043" && p.Words.SequenceEqual(["visit", "to", "shrine", "*"]));
            Assert.Contains(patterns.ForVerb("smote"), p => p.Code == "190");
            // The rest of the built-in patterns stay.
            Assert.Equal(PatternDictionary.Default.Count - import.Overridden + import.Patterns, patterns.Count);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_imported_verb_keeps_its_code_in_the_future_tense_as_PETRARCH_codes_it()
    {
        var pipeline = WithVerbs("--- SMITE [190] ---\nSMITE {SMOTE SMITTEN}\n");

        var imported = EventPipeline.Code(pipeline, "Ghana will smite Togo.");
        var builtIn = EventPipeline.Code(pipeline, "Ghana will attack Togo.");

        Assert.Contains(imported, e => e.Cameo == "190" && e.SourceCode == "GHA" && e.TargetCode == "TGO");
        Assert.Contains(builtIn, e => e.Cameo.StartsWith("138", StringComparison.Ordinal) && e.SourceCode == "GHA");
    }

    [Fact]
    public void A_compound_subject_pattern_codes_only_a_compound_subject()
    {
        var pipeline = WithVerbs("--- SHRUG [014] ---\nSHRUG\n- % *  [120]\n");

        var joint = EventPipeline.Code(pipeline, "Ghana and Togo shrugged off the border incident.");
        var single = EventPipeline.Code(pipeline, "Ghana shrugged off the border incident.");

        Assert.Contains(joint, e => e.Cameo == "120" && e.SourceCode == "GHA" && e.TargetCode == "TGO");
        Assert.DoesNotContain(joint, e => e.Cameo == "014");
        Assert.Contains(single, e => e.Cameo == "014" && e.SourceCode == "GHA");
        Assert.DoesNotContain(single, e => e.Cameo == "120");
    }

    [Fact]
    public void A_skipped_phrase_is_passed_over_and_never_taken_as_the_target()
    {
        var pipeline = WithVerbs("--- CELEBRATE [051] ---\nCELEBRATE\n- * FESTIVAL (AT ^) (WITH +) [017]\n");

        var events = EventPipeline.Code(pipeline, "Ghana celebrated the harvest festival at Kumasi with Togo.");

        Assert.Contains(events, e => e.Cameo == "017" && e.SourceCode == "GHA" && e.TargetCode == "TGO");
        Assert.DoesNotContain(events, e => e.Cameo == "017" && e.TargetCode != "TGO");
    }

    [Fact]
    public void A_negated_verb_codes_the_denial_its_folder_s_ontology_pairs_it_with()
    {
        using var scratch = new ScratchDir();
        scratch.Write("mine.verbs.txt", "--- SCOLD [110] ---\nSCOLD\n--- SNUB [111] ---\nSNUB\n");
        scratch.Write("Mine.Coding.Ontology.txt", "050:0x0080\n110:0x1007f#0xFFFF+0x0080\n111:0x7001\n");
        var pipeline = Chronicle.Pipeline.ArticlePipeline.CreateDefault(patterns: PetrarchVerbs.LoadFolder(scratch.Root, out var import));

        var denied = EventPipeline.Code(pipeline, "Ghana did not scold Togo over the fishing dispute.");
        var deniedLater = EventPipeline.Code(pipeline, "Ghana will not scold Togo over the fishing dispute.");
        var unpaired = EventPipeline.Code(pipeline, "Ghana did not snub Togo over the fishing dispute.");
        var stated = EventPipeline.Code(pipeline, "Ghana scolded Togo over the fishing dispute.");

        Assert.EndsWith("Mine.Coding.Ontology.txt", import.Ontology, StringComparison.Ordinal);
        Assert.Contains(denied, e => e.Cameo == "050" && e.SourceCode == "GHA" && e.TargetCode == "TGO");
        Assert.DoesNotContain(denied, e => e.Cameo == "110");
        Assert.Contains(deniedLater, e => e.Cameo == "050" && e.SourceCode == "GHA" && e.TargetCode == "TGO");
        // The ontology pairs 111 with nothing: its negation codes nothing, as before.
        Assert.Empty(unpaired);
        Assert.Contains(stated, e => e.Cameo == "110" && e.SourceCode == "GHA" && e.TargetCode == "TGO");
    }

    [Fact]
    public void An_infinitive_after_the_pattern_s_noun_is_aimed_at_its_object()
    {
        var pipeline = WithVerbs("--- DROP [1121] ---\nDROP\n- * BID  [080]\n");

        var events = EventPipeline.Code(pipeline, "Ghana dropped its bid on Monday to block Togo from the trade bloc.");

        Assert.Contains(events, e => e.Cameo == "080" && e.SourceCode == "GHA" && e.TargetCode == "TGO");
    }

    [Fact]
    public void A_braced_phrase_s_head_stands_right_after_the_word_before_it()
    {
        var pipeline = WithVerbs("--- HAIL [051] ---\nHAIL\n- * {NEW TRADE PACT} [057]\n");

        var plain = EventPipeline.Code(pipeline, "Ghana hailed the new trade pact with Togo on Monday, the finance ministry said in a statement from Accra.");
        var outer = EventPipeline.Code(pipeline, "Ghana hailed the new regional trade pact with Togo on Monday, the finance ministry said in a statement from Accra.");
        var inner = EventPipeline.Code(pipeline, "Ghana hailed the new trade defence pact with Togo on Monday, the finance ministry said in a statement from Accra.");

        Assert.Contains(plain, e => e.Cameo == "057" && e.SourceCode == "GHA");
        // A word may come before the phrase's last two ("new regional trade pact"), not between them.
        Assert.Contains(outer, e => e.Cameo == "057" && e.SourceCode == "GHA");
        Assert.DoesNotContain(inner, e => e.Cameo == "057");
        Assert.Contains(inner, e => e.Cameo == "051" && e.SourceCode == "GHA");
    }

    [Fact]
    public void A_missing_folder_is_an_error()
    {
        Assert.Throws<DirectoryNotFoundException>(() => PetrarchVerbs.LoadFolder(Path.Combine(Path.GetTempPath(), "no-such-petrarch-folder"), out _));
    }
}
