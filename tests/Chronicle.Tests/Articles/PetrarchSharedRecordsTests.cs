using Chronicle.Articles;

namespace Chronicle.Tests.Articles;

/// <summary>The PETRARCH validation files in the shared data, read whole: every record accounted for, options where they change.</summary>
public sealed class PetrarchSharedRecordsTests
{
    private const string ValidateRecords = "universal-petrarch/PETR_Validate_records_2_02.dev.xml";
    private const string UnitTestRecords = "petrarch2/PETR.UnitTest.records.dev.xml";
    private const string GsrRecords = "universal-petrarch/PETR2_GSR_validation.xml";
    private const string GigaWordSample = "petrarch2/GigaWord.sample.PETR.xml";

    [Theory]
    [InlineData(ValidateRecords, 172)]
    [InlineData(UnitTestRecords, 181)]
    [InlineData(GsrRecords, 78)]
    [InlineData(GigaWordSample, 76)]
    public void EveryRecordOpeningIsARecordOrAnError(string name, int openings)
    {
        var path = Shared(name);

        var file = PetrarchRecords.Read(path);

        // Records open at the start of a line; the header comments mention "<Sentence ...>" mid-line.
        Assert.Equal(openings, File.ReadLines(path).Count(line => line.StartsWith("<Sentence ", StringComparison.Ordinal)));
        Assert.Equal(openings, file.Records.Count + file.Errors.Count);
        Assert.All(file.Records, r => Assert.False(string.IsNullOrWhiteSpace(r.Id)));
        Assert.All(file.Records, r => Assert.False(string.IsNullOrWhiteSpace(r.Text)));
    }

    [Theory]
    [InlineData(ValidateRecords)]
    [InlineData(UnitTestRecords)]
    public void EveryExpectedCodingIsKept(string name)
    {
        var path = Shared(name);

        var file = PetrarchRecords.Read(path);

        Assert.Empty(file.Errors);
        Assert.Equal(
            File.ReadLines(path).Count(line => line.StartsWith("<EventCoding", StringComparison.Ordinal)),
            file.Records.Sum(r => r.Expected.Count));
    }

    [Fact]
    public void ValidationRecordsHaveTheirTextsExpectationsAndFlags()
    {
        var file = PetrarchRecords.Read(Shared(ValidateRecords));
        var records = file.Records.ToDictionary(r => r.Id);

        var demo = records["DEMO-04"];
        Assert.Equal("Caras Galadhon's new mayor left yesterday for Minas Tirith for meetings of \nthe joint transport committee with Arnor.", demo.Text);
        Assert.Equal(new DateOnly(1995, 1, 3), demo.Date);
        Assert.Equal("DEMO", demo.Category);
        Assert.Equal([("042", "ELF", "GON"), ("043", "GON", "ELF")], demo.Expected.Select(e => (e.EventCode, e.SourceCode, e.TargetCode)));
        Assert.True(Assert.Single(records["DEMO-23"].Expected).NoEvents);
        Assert.Equal(4, file.Records.Count(r => !r.Evaluate));
        Assert.False(records["COMPOUND-25"].Evaluate);
        Assert.Equal(["ACTOR", "AGENT", "COMPOUND", "DATE", "DEMO", "MODIFY", "PATTERN", "SYNSET", "VERB"], file.IncludedCategories!.Order());
        // Evaluated, in an included category, and expecting something: what UD-PETRARCH's validation scores.
        Assert.Equal(161, file.Records.Count(file.IsScored));
    }

    [Fact]
    public void ConfigChangesArePickedUpAtTheRightRecords()
    {
        var records = PetrarchRecords.Read(Shared(ValidateRecords)).Records.ToDictionary(r => r.Id);

        Assert.Empty(records["DEMO-04"].Options);
        Assert.False(records["COMPOUND-02"].Options.ContainsKey("require_dyad"));
        Assert.Equal("false", records["COMPOUND-03"].Options["require_dyad"]);
        Assert.Equal("false", records["COMPOUND-16"].Options["require_dyad"]);
        Assert.Equal("TRUE", records["COMPOUND-17"].Options["require_dyad"]);
        // Two pairs of settings stand between DATE-13 and DATE-20; the later pair wins.
        Assert.False(records["DATE-13"].Options.ContainsKey("comma_emax"));
        Assert.Equal("True", records["DATE-20"].Options["require_dyad"]);
        Assert.Equal("8", records["DATE-20"].Options["comma_emax"]);
        Assert.Equal("0", records["ACTOR-05"].Options["new_actor_length"]);
    }

    [Fact]
    public void UnitTestRecordsTakeTheEnvironmentsConfigAndPetrarchOnesFlags()
    {
        var file = PetrarchRecords.Read(Shared(UnitTestRecords));

        Assert.All(file.Records, r => Assert.Equal("True", r.Options["stop_on_error"]));
        Assert.Equal(3, file.Records.Count(r => !r.Evaluate));
        Assert.False(file.Records.Single(r => r.Id == "DEMO-04").Evaluate);
        Assert.Equal("Stop", file.Environment["Pause"]);
    }

    [Fact]
    public void GsrRecordsLeftOpenAreReadAndTheirTwoBrokenOnesReported()
    {
        var path = Shared(GsrRecords);

        var file = PetrarchRecords.Read(path);

        Assert.Equal(76, file.Records.Count);
        Assert.Equal(
            [$"{path}:485: record \"AFP0808020905_1\": date \"121108\" is not YYYYMMDD or YYYY-MM-DD", $"{path}:1670: record \"abc12_3\" has an empty <Text>"],
            file.Errors.Select(e => e.ToString()));
        var first = file.Records[0];
        Assert.Equal("AFP0808020625_4", first.Id);
        Assert.Equal("USA", Assert.Single(first.Expected).SourceCode);
        Assert.StartsWith("The stopover came as the US leader", first.Text);
        Assert.EndsWith("out of the Games.", first.Text);
    }

    [Fact]
    public void SharedFilesAreReadAsArticlesBySniffing()
    {
        using var inputs = new ArticleInputs();

        var results = inputs.Read([Shared(GigaWordSample)]).ToList();

        // Its TEST_* records have empty texts (PETRARCH-2 coded them from their parse trees alone).
        Assert.Equal(67, results.Count(r => r.Article is not null));
        Assert.Equal(9, results.Count(r => r.Error is not null));
        Assert.All(results.Where(r => r.Error is not null), r => Assert.EndsWith("has an empty <Text>", r.Error!.Message));
        var article = results[0].Article!;
        Assert.Equal("AFP0808020625_4", article.Id);
        Assert.Equal(new DateOnly(2008, 8, 4), article.Date);
    }

    private static string Shared(string name) => Path.Combine(RepoPaths.Shared, "data", "events", name);
}
