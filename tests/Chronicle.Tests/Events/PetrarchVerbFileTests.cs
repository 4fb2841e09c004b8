using Chronicle.Events;
using Chronicle.Events.Petrarch;

namespace Chronicle.Tests.Events.Petrarch;

/// <summary>PETRARCH-2 verb dictionaries read into our patterns, on small dictionaries written here.</summary>
public class PetrarchVerbFileTests
{
    private const string Dictionary = """
        ####### SYNONYM SETS #######
        &CURRENCY
        +DOLLAR
        +EURO
        +CASH_

        &TIETYPES
        +MILITARY
        +ECONOMIC

        &ACCORDSYN  # members may name other synsets
        +&TIETYPES
        +CLOSER

        &FIGHT_OF_WORDS
        +ARGUMENT
        +DEBATE

        ####### VERB PATTERNS #######

        ---  FOIL   [---]  ---
        FOIL
        THWART
        - * PLOT                                  [---]     # FOIL
        - * BID                                   [1246]    # FOIL
        - * {ROCKET ATTACK}                       [193]     # THWART
        - + * ROCKET                              [193]     # THWART

        ---  GRANT   [070]  ---
        GRANT
        SMITE {SMOTE SMITTEN SMITES SMITING}
        +HAND_OVER {+HANDED_OVER +HANDING_OVER +HANDS_OVER} [---]
        WIRE_+TAP
        - * &CURRENCY (TO +)                      [071]     # GRANT
        - * (FOR {&TIETYPES AID})                 [042:043]
        - * {NEW_&TIETYPES_RELATIONS}             [057]
        - * (TOWARD &ACCORDSYN TIES)              [030]
        - * &FIGHT_OF_WORDS                       [111]
        - * (BEFORE COURT)                        [:173]
        - &CURRENCY *                             [154]
        - $ * RELIEF                              [073]
        - PROSECUTOR * DETENTION                  [173]
        - * DETENTION                             [050]
        - PROSECUTOR * CUSTODY                    [173]
        - * (FROM ^)                              [042]
        - * (TO {BANNED PARTIES}) $               [1722]
        - % *                                     [050]
        - * DEMONSTRATION                         [141]
        - * DEMONSTRATION                         [145]
        ~ a (a b ATTACK) SAY = a b 015
        """;

    private static (List<EventPattern> Patterns, PetrarchVerbCounts Counts, List<string> Warnings) Read(string text)
    {
        var warnings = new List<string>();
        var patterns = PetrarchVerbFile.Read(new StringReader(text), "test.verbs.txt", warnings, out var counts);
        return (patterns, counts, warnings);
    }

    private static readonly Lazy<(List<EventPattern> Patterns, PetrarchVerbCounts Counts, List<string> Warnings)> Fixture = new(() => Read(Dictionary));

    private static EventPattern? Find(string words) => Fixture.Value.Patterns.SingleOrDefault(p => !p.CompoundSource && string.Join(' ', p.Words) == words);

    private static string? CodeOf(string words) => Find(words)?.Code;

    [Fact]
    public void A_pattern_is_the_verb_then_the_words_after_it_with_the_target_last()
    {
        Assert.Equal("193", CodeOf("thwart rocket _ attack *"));
        Assert.Equal("1246", CodeOf("thwart bid *"));
        Assert.Equal(PatternKind.Verb, Find("thwart rocket _ attack *")!.Kind);
        Assert.Equal("test.verbs.txt:26", Find("thwart rocket _ attack *")!.Source);
    }

    [Fact]
    public void Every_verb_of_a_block_takes_its_patterns()
    {
        Assert.Equal("193", CodeOf("foil rocket _ attack *"));
        Assert.Equal("071", CodeOf("smite dollar to *"));
        Assert.Equal("071", CodeOf("hand over dollar to *"));
    }

    [Fact]
    public void A_block_code_codes_its_verbs_alone_unless_it_or_the_verbs_own_code_is_null()
    {
        Assert.Equal("070", CodeOf("grant *"));
        Assert.Equal("070", CodeOf("smite *"));
        Assert.Null(Find("hand over *"));
        Assert.Null(Find("foil *"));
        Assert.Null(Find("thwart *"));
    }

    [Fact]
    public void Null_codes_make_no_pattern_and_paired_codes_keep_the_first()
    {
        Assert.Null(Find("thwart plot *"));
        Assert.Null(Find("grant before court *"));
        Assert.Equal("042", CodeOf("grant for military _ aid *"));
        Assert.Equal(2, Fixture.Value.Counts.NoEvent);
    }

    [Fact]
    public void A_paired_code_gives_the_other_sides_event_and_a_code_alone_gives_none()
    {
        Assert.Equal("043", Find("grant for military _ aid *")!.Paired);
        Assert.Null(Find("grant dollar to *")!.Paired);
        Assert.Null(Find("grant *")!.Paired);
    }

    [Fact]
    public void The_target_marker_stands_where_the_pattern_puts_it()
    {
        Assert.Equal("071", CodeOf("grant dollar to *"));
        Assert.Equal("071", CodeOf("grant euro to *"));
        Assert.Equal("071", CodeOf("grant cash to *"));
        Assert.Null(Find("grant dollar to * *"));
    }

    [Fact]
    public void Synsets_expand_inside_phrases_when_joined_by_underscores_and_when_nested()
    {
        Assert.Equal("057", CodeOf("grant new military _ relations *"));
        Assert.Equal("057", CodeOf("grant new economic _ relations *"));
        Assert.Equal("030", CodeOf("grant toward military ties *"));
        Assert.Equal("030", CodeOf("grant toward economic ties *"));
        Assert.Equal("030", CodeOf("grant toward closer ties *"));
        Assert.Equal("111", CodeOf("grant argument *"));
        Assert.Equal("111", CodeOf("grant debate *"));
    }

    [Fact]
    public void Pre_verb_words_are_dropped_where_the_rest_would_code_wrongly()
    {
        // "$" before the verb is its subject, the source here too.
        Assert.Equal("073", CodeOf("grant relief *"));
        // The post-verb part alone still says what the line meant...
        Assert.Equal("173", CodeOf("grant custody *"));
        // ...but not where it is another line's pattern, or nothing but the verb.
        Assert.Equal("050", CodeOf("grant detention *"));
        Assert.Equal("070", CodeOf("grant *"));
        Assert.Null(Find("thwart rocket *"));

        var reasons = Fixture.Value.Counts.DropReasons;
        Assert.Equal(1, reasons["pre-verb words alone set it apart from the verb"]);
        Assert.Equal(1, reasons["pre-verb words alone set it apart from another pattern"]);
        Assert.Equal(1, reasons["the target before the verb"]);
        Assert.Equal(1, reasons["the source after the verb"]);
        Assert.False(reasons.ContainsKey("a compound actor ('%')"));
        Assert.Equal(1, reasons["words before a multi-word verb's verb word"]);
        Assert.Equal(5, Fixture.Value.Counts.Dropped);
        Assert.DoesNotContain(Fixture.Value.Patterns, p => p.Words.Contains("wire") || p.Words.Contains("tap"));
        Assert.Null(Find("grant from *"));
        Assert.Null(Find("grant to banned parties *"));
    }

    [Fact]
    public void A_skipped_phrase_after_the_verb_is_kept_and_one_before_it_dropped()
    {
        // "- * (FROM ^) [042]": the phrase after "from" is passed over; the target is looked for after it.
        Assert.Equal("042", CodeOf("grant from ^ *"));

        var before = Read("--- HAIL [051] ---\nHAIL\n- ^ * (WITH +) [057]\n");

        Assert.Equal(1, before.Counts.DropReasons["a skipped phrase ('^') before the verb"]);
        Assert.DoesNotContain(before.Patterns, p => p.Code == "057");
    }

    [Fact]
    public void A_compound_subject_line_is_kept_beside_the_verbs_own_pattern()
    {
        // "- % * [050]" in GRANT: for "A and B granted", beside GRANT's own [070] for any subject.
        var grants = Fixture.Value.Patterns.Where(p => string.Join(' ', p.Words) == "grant *").ToList();

        Assert.Equal("050", Assert.Single(grants, p => p.CompoundSource).Code);
        Assert.Equal("070", Assert.Single(grants, p => !p.CompoundSource).Code);
        Assert.Contains(Fixture.Value.Patterns, p => p.CompoundSource && string.Join(' ', p.Words) == "smite *");
        Assert.Null(Read("--- SHRUG [014] ---\nSHRUG\n- * % [120]\n").Patterns.SingleOrDefault(p => p.CompoundSource));
    }

    [Fact]
    public void A_later_line_with_the_same_words_stands_over_an_earlier_one()
    {
        Assert.Equal("145", CodeOf("grant demonstration *"));
        Assert.Equal(1, Fixture.Value.Counts.Duplicates);
    }

    [Fact]
    public void Counts_cover_the_file_and_transformations_are_skipped()
    {
        var counts = Fixture.Value.Counts;

        Assert.Equal(6, counts.Verbs);
        Assert.Equal(20, counts.PatternLines);
        Assert.Equal(1, counts.Transformations);
        Assert.Equal(Fixture.Value.Patterns.Count, counts.Patterns);
        Assert.Empty(Fixture.Value.Warnings);
        Assert.All(Fixture.Value.Patterns, p => Assert.Equal(1, p.Words.Count(w => w == EventPattern.Target)));
    }

    [Fact]
    public void Irregular_forms_the_generator_lacks_ride_on_the_pattern_and_are_matched()
    {
        var smite = Find("smite dollar to *")!;
        Assert.Contains("smote", smite.IrregularForms);
        Assert.Contains("smitten", smite.IrregularForms);
        // Forms the generator makes anyway are not carried.
        Assert.DoesNotContain("smites", smite.IrregularForms);
        Assert.Empty(Find("grant dollar to *")!.IrregularForms);

        var dictionary = new PatternDictionary();
        dictionary.AddAll(Fixture.Value.Patterns);
        Assert.Contains(dictionary.ForVerb("smote"), p => p == smite);
        Assert.Contains(dictionary.ForVerb("smitten"), p => p == smite);
        Assert.Contains(dictionary.ForVerb("handed"), p => string.Join(' ', p.Words) == "hand over dollar to *");
        Assert.Contains(dictionary.ForVerb("thwarted"), p => p.Code == "193");
    }

    [Fact]
    public void Synset_phrasings_are_bounded()
    {
        var members = string.Join('\n', Enumerable.Range(0, 30).Select(i => $"+WORD{i}"));
        var (patterns, counts, warnings) = Read($"&MANY\n{members}\n--- BIG [---] ---\nSAY\n- * &MANY &MANY [010]\n");

        Assert.Empty(warnings);
        Assert.Equal(PetrarchVerbFile.MaxVariants, patterns.Count);
        Assert.Equal(1, counts.Truncated);
        Assert.Equal("say word0 word0 *", string.Join(' ', patterns[0].Words));
    }

    [Fact]
    public void Unreadable_lines_become_warnings_and_the_rest_loads()
    {
        var (patterns, _, warnings) = Read("""
            - * EARLY [010]
            --- VENTURE [---] ---
            VENTURE
            - * (WITH VISIT) VISIT) [042]
            - * &WEATHER [010]
            - * FORTH [080!]
            - * OUT [
            - * ONWARD [043]
            LASH OUT
            - * (INTO TALKS) [045]
            """);

        Assert.Equal(
        [
            "test.verbs.txt:1: a pattern before any '--- NAME [CODE] ---' block",
            "test.verbs.txt:4: unbalanced braces or parentheses in '(WITH VISIT) VISIT)'",
            "test.verbs.txt:5: synset &WEATHER is not defined before it is used",
            "test.verbs.txt:6: '[080!]' is not a code",
            "test.verbs.txt:7: a pattern ends in its code, '[CODE]': '- * OUT ['",
            "test.verbs.txt:9: a verb is one word, or words joined by '_': 'LASH OUT'",
        ], warnings);
        Assert.Equal(["venture onward *", "venture into talks *"], patterns.Select(p => string.Join(' ', p.Words)));
    }

    [Fact]
    public void A_block_with_an_unreadable_code_keeps_its_patterns()
    {
        var (patterns, _, warnings) = Read("--- GREET [04?] ---\nGREET\n- * ENVOY [042]\n");

        Assert.Equal(["test.verbs.txt:1: '[04?]' is not a code"], warnings);
        Assert.Equal("greet envoy *", string.Join(' ', Assert.Single(patterns).Words));
    }

    [Fact]
    public void Xml_comments_may_run_over_lines()
    {
        var (patterns, _, warnings) = Read("""
            <!-- PETRARCH VALIDATION SUITE VERBS DICTIONARY -->
            <!-- a note
            over two lines -->
            --- ACCEPT [081] --- <!-- trailing -->
            ACCEPT
            """);

        Assert.Empty(warnings);
        Assert.Equal("081", Assert.Single(patterns).Code);
    }
}
