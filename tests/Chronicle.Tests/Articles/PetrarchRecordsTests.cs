using Chronicle.Articles;

namespace Chronicle.Tests.Articles;

/// <summary>PETRARCH validation records read for evaluation, with their expected codings, on fixtures of our own.</summary>
public sealed class PetrarchRecordsTests : IDisposable
{
    private const string Validation = """
        <?xml version='1.0' encoding='utf-8'?>
        <Validation>
        <Environment>
            <Verbfile>Harbor_verbs.txt</Verbfile>
            <Include>valid PORT TRADE </Include>
            <Config option="stop_on_error" value="True"></Config>
        </Environment>
        <Sentences>
        <Sentence category="PORT" date="20220301" id="PORT-01" evaluate="true">
        <EventCoding eventcode="036" sourcecode="LDNGOV" targetcode="VES" plover="CONSULT" />
        <EventCoding targetcode="LDNGOV" eventcode="036" sourcecode="VES"></EventCoding>
        <PLEvent {"event": "036", "source": [{"code": "LDN"}, {"code": "VES"}]}>
        <Text>
        Lindenport and Vessa agreed to meet.
        </Text>
        </Sentence>
        <Config option="require_dyad" value="false" />
        <Sentence category="PORT" date="20220302" id="PORT-02" evaluate="false">
        <!-- skipped: the parser splits this one badly -->
        <EventCoding noevents = "True"> </EventCoding>
        <Text>Nothing happened at the port.</Text>
        </Sentence>
        <Sentence date="20220303" id="TRADE-01" category="TRADE" sentence="false">
        <EventCoding error="storydiscard" />
        <Text>Football results.</Text>
        </Sentence>
        <Sentence date="20220304" id="OTHER-01" category="WEATHER">
        <EventCoding eventcode="010" sourcecode="LDN" targetcode="---" />
        <Text>Lindenport said rain was due.</Text>
        </Sentence>
        <Sentence date="20220305" id="TRADE-02" category="TRADE">
        <Text>No expectation here.</Text>
        </Sentence>
        <Sentence date="2022-03-06" category="TRADE">
        <Text>No id.</Text>
        </Sentence>
        </Sentences>
        </Validation>
        """;

    private readonly ScratchDir files = new();

    [Fact]
    public void RecordsComeWithTheirCategoryEvaluateFlagTextAndOptions()
    {
        var path = files.Write("harbor.xml", Validation);

        var file = PetrarchRecords.Read(path);

        Assert.Equal(path, file.Path);
        Assert.Equal(["PORT-01", "PORT-02", "TRADE-01", "OTHER-01", "TRADE-02"], file.Records.Select(r => r.Id));
        var first = file.Records[0];
        Assert.Equal("PORT", first.Category);
        Assert.Equal(new DateOnly(2022, 3, 1), first.Date);
        Assert.True(first.Evaluate);
        Assert.Equal("Lindenport and Vessa agreed to meet.", first.Text);
        Assert.Equal(new InputLocation(path, 9), first.Location);
        // A <Config> in the <Environment> block applies to every record; one between records to those after it.
        Assert.Equal(new Dictionary<string, string> { ["stop_on_error"] = "True" }, first.Options);
        Assert.Equal(new Dictionary<string, string> { ["stop_on_error"] = "True", ["require_dyad"] = "false" }, file.Records[1].Options);
        // evaluate="false", and PETRARCH-1's sentence="false", flag a record without dropping it.
        Assert.Equal([true, false, false, true, true], file.Records.Select(r => r.Evaluate));
    }

    [Fact]
    public void ExpectedCodingsKeepEveryAttribute()
    {
        var path = files.Write("harbor.xml", Validation);

        var records = PetrarchRecords.Read(path).Records;

        var paired = records[0].Expected;
        Assert.Equal(2, paired.Count);
        Assert.Equal(("036", "LDNGOV", "VES"), (paired[0].EventCode, paired[0].SourceCode, paired[0].TargetCode));
        Assert.Equal(("036", "VES", "LDNGOV"), (paired[1].EventCode, paired[1].SourceCode, paired[1].TargetCode));
        Assert.Equal("CONSULT", paired[0].Attributes["plover"]);
        Assert.Equal(["eventcode", "sourcecode", "targetcode", "plover"], paired[0].Attributes.Keys);
        Assert.Equal(new InputLocation(path, 11), paired[1].Location);
        Assert.False(paired[0].NoEvents);

        var none = Assert.Single(records[1].Expected);
        Assert.True(none.NoEvents);
        Assert.Null(none.EventCode);

        var discard = Assert.Single(records[2].Expected);
        Assert.Equal("storydiscard", discard.Error);
        Assert.Equal("---", Assert.Single(records[3].Expected).TargetCode);
        Assert.Empty(records[4].Expected);
    }

    [Fact]
    public void EnvironmentSettingsDecideWhichRecordsAreScored()
    {
        var path = files.Write("harbor.xml", Validation);

        var file = PetrarchRecords.Read(path);

        Assert.Equal("Harbor_verbs.txt", file.Environment["verbfile"]);
        Assert.Equal(["PORT", "TRADE"], file.IncludedCategories!.Order());
        // PORT-02 and TRADE-01 are not to be evaluated, OTHER-01's category is not included, TRADE-02 expects nothing.
        Assert.Equal(["PORT-01"], file.Records.Where(file.IsScored).Select(r => r.Id));
    }

    [Fact]
    public void MalformedRecordsAreErrorsBesideTheGoodOnes()
    {
        var path = files.Write("harbor.xml", Validation);

        var file = PetrarchRecords.Read(path);

        Assert.Equal([$"{path}:34: PETRARCH record has no id"], file.Errors.Select(e => e.ToString()));
        Assert.Equal(5, file.Records.Count);
    }

    [Fact]
    public void WithoutAnEnvironmentEveryCategoryCounts()
    {
        var path = files.Write("bare.xml", """
            <Sentence date="20200101" id="A"><EventCoding eventcode="010" sourcecode="X" targetcode="Y"/><Text>One.</Text></Sentence>
            """);

        var file = PetrarchRecords.Read(path);

        Assert.Empty(file.Environment);
        Assert.Null(file.IncludedCategories);
        Assert.True(file.IsScored(Assert.Single(file.Records)));
    }

    [Fact]
    public void UnreadableContentIsAnErrorNotAnException()
    {
        var path = files.Write("binary.xml", [0x00, 0x01, 0x02, 0x00, 0xFF, 0x00]);

        var file = PetrarchRecords.Read(path);

        Assert.Empty(file.Records);
        Assert.StartsWith($"{path}: binary file", Assert.Single(file.Errors).ToString());
    }

    [Fact]
    public void AMissingFileThrows() =>
        Assert.Throws<FileNotFoundException>(() => PetrarchRecords.Read(files.File("missing.xml")));

    public void Dispose() => files.Dispose();
}
