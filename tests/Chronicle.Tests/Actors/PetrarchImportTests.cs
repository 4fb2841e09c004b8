using Chronicle.Actors;
using Chronicle.Actors.Petrarch;

namespace Chronicle.Tests.Actors;

/// <summary>The Phoenix dictionaries PETRARCH ships load, and code a sample of their own entries.</summary>
public class PetrarchImportTests
{
    private static readonly string Phoenix = Path.Combine(RepoPaths.Shared, "data", "events", "petrarch2", "dictionaries");

    // The Phoenix files alone: the folder also holds PETRARCH's validation dictionaries, which code some countries otherwise ("EGYPT [UAR]").
    private static readonly Lazy<(ActorLexicon Lexicon, PetrarchImport Import)> Loaded = new(() =>
    {
        var files = Directory.GetFiles(Phoenix, "Phoenix.*.txt").Order(StringComparer.Ordinal);
        var lexicon = PetrarchDictionaries.Load(new ActorLexiconBuilder().AddBuiltIn(), files, out var import).Build();
        return (lexicon, import);
    });

    [Fact]
    public void Every_phoenix_dictionary_loads()
    {
        var import = Loaded.Value.Import;

        Assert.Contains(import.Files, f => f.EndsWith("Phoenix.Countries.actors.txt", StringComparison.Ordinal));
        Assert.Contains(import.Files, f => f.EndsWith("Phoenix.agents.txt", StringComparison.Ordinal));
        Assert.True(import.Actors > 20_000, $"{import.Actors} actors");
        Assert.True(import.Agents > 2_000, $"{import.Agents} agents");
        Assert.True(import.Discards > 400, $"{import.Discards} discards");
        // Lines PETRARCH itself cannot read ("[+++]", "[FRO/BIL/SAM]") are skipped and named, not fatal.
        Assert.All(import.Warnings, w => Assert.Matches(@"\.txt:\d+: ", w));
    }

    [Fact]
    public void A_sample_of_phoenix_actors_code_as_their_entries_say()
    {
        var entries = ReadSimpleEntries(Path.Combine(Phoenix, "Phoenix.Countries.actors.txt"));
        var sample = entries.Where((_, i) => i % 5 == 0).ToList();

        var wrong = sample.Where(e => !Loaded.Value.Lexicon.Names.Lookup(PhraseWords.Of(e.Phrase)).Any(s => s.Entry.CodeOn(null)?.Code.Value == e.Code)).ToList();

        Assert.True(sample.Count > 20, $"{sample.Count} sampled");
        Assert.True(wrong.Count <= sample.Count / 20, "coded otherwise: " + string.Join(", ", wrong.Take(10)));
    }

    [Fact]
    public void A_dated_phoenix_role_follows_the_article_date()
    {
        var ban = Loaded.Value.Lexicon.Names.Lookup(PhraseWords.Of("Ban Ki-moon")).Single().Entry;

        Assert.Equal("IGOUNO", ban.CodeOn(new DateOnly(2010, 1, 1))?.Code.Value);
        Assert.NotEqual("IGOUNO", ban.CodeOn(new DateOnly(2005, 1, 1))?.Code.Value);
    }

    [Fact]
    public void Agents_expand_substitution_sets_and_plurals()
    {
        const string agents = """
            !PERSON! = MAN, MEN, WOMAN, WOMEN
            CONGRESS!PERSON! [~LEG]
            FOREIGN_MINISTER [~GOVFRM]
            POLICE {} [~COP]
            """;
        var builder = new ActorLexiconBuilder();

        PetrarchAgentFile.Read(new StringReader(agents), "agents.txt", builder);
        var terms = builder.Build().Terms;

        Assert.Equal(["LEG"], terms.Lookup(["congresswomen"]).Single().Sectors);
        Assert.Equal(["GOV", "FRM"], terms.Lookup(["foreign", "ministers"]).Single().Sectors);
        Assert.Empty(terms.Lookup(["polices"]));
    }

    [Fact]
    public void A_users_dictionary_overrides_the_built_in_knowledge()
    {
        using var scratch = new ScratchDir();
        scratch.Write("Mine.actors.txt", "IRAN_ [XYZ]\n+PERSIA_\n");

        var lexicon = PetrarchDictionaries.LoadOverBuiltIn(scratch.Root, out var import);

        Assert.Equal(1, import.Actors);
        Assert.Equal("XYZ", lexicon.Names.Lookup(["iran"]).Single().Entry.CodeOn(null)?.Code.Value);
        Assert.Equal("IRN", ActorLexicon.BuiltIn.Names.Lookup(["iran"]).Single().Entry.CodeOn(null)?.Code.Value);
    }

    [Fact]
    public void A_title_gives_its_sector_to_a_name_coded_with_a_country_alone()
    {
        using var scratch = new ScratchDir();
        scratch.Write("Mine.actors.txt", "TELEMACHOS_PAPADAKIS [GRC]\n");
        var pipeline = Chronicle.Pipeline.ArticlePipeline.CreateDefault(PetrarchDictionaries.LoadOverBuiltIn(scratch.Root, out _));

        var titled = ActorPipeline.Code("Greek Prime Minister Telemachos Papadakis arrived in Cyprus.", pipeline: pipeline);
        var bare = ActorPipeline.Code("Telemachos Papadakis arrived in Cyprus.", pipeline: pipeline);

        Assert.Contains(titled, a => a.Text == "Telemachos Papadakis" && a.Code == "GRCGOV");
        Assert.Contains(bare, a => a.Text == "Telemachos Papadakis" && a.Code == "GRC");
    }

    [Fact]
    public void A_name_that_begins_with_the_keeps_its_article()
    {
        using var scratch = new ScratchDir();
        scratch.Write("Mine.actors.txt", "THE_SILVER_COAST [GHA]\n");
        var pipeline = Chronicle.Pipeline.ArticlePipeline.CreateDefault(PetrarchDictionaries.LoadOverBuiltIn(scratch.Root, out _));

        var actors = ActorPipeline.Code("The Silver Coast recalled its ambassador from Togo.", pipeline: pipeline);

        Assert.Contains(actors, a => a.Text == "The Silver Coast" && a.Code == "GHA");
    }

    /// <summary>The file's one-line entries with a plain code ("AFGHANISTAN_  [AFG]"), read here independently of the importer.</summary>
    private static List<(string Phrase, string Code)> ReadSimpleEntries(string path) =>
        [
            .. File.ReadLines(path)
                .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^([A-Z][A-Z_\-\.]+)\s+\[([A-Z]{3,})\]"))
                .Where(m => m.Success)
                .Select(m => (m.Groups[1].Value, m.Groups[2].Value)),
        ];
}
