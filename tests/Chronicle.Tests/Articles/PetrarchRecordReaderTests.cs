using Chronicle.Articles;

namespace Chronicle.Tests.Articles;

/// <summary>PETRARCH validation records read as articles (<c>--input-format petrarch-xml</c>), on fixtures of our own.</summary>
public sealed class PetrarchRecordReaderTests : IDisposable
{
    private static readonly ReaderOptions Petrarch = new() { Format = InputFormat.PetrarchXml };

    /// <summary>PETRARCH's own configuration, which a record has until a &lt;Config&gt; changes it.</summary>
    private static readonly Dictionary<string, string> PetrarchDefaults = new()
    {
        ["require_dyad"] = "True",
        ["comma_min"] = "2", ["comma_max"] = "8", ["comma_bmin"] = "0", ["comma_bmax"] = "0", ["comma_emin"] = "2", ["comma_emax"] = "8",
    };

    private static Dictionary<string, string> OverDefaults(Dictionary<string, string> set) =>
        PetrarchDefaults.Where(d => !set.ContainsKey(d.Key)).Concat(set).ToDictionary();

    private readonly ScratchDir files = new();

    [Fact]
    public void EachRecordIsOneArticleWithItsIdDateAndText()
    {
        var path = files.Write("records.xml", """
            <?xml version='1.0' encoding='utf-8'?>
            <Validation>
            <Sentences>
            <Sentence category="DEMO" date="20210304" id="FERRY-01" evaluate="true">
            <!-- a note about the record -->
            <EventCoding eventcode="036" sourcecode="LDN" targetcode="VES" />
            <Text>
            The Lindenport harbor board offered talks to Vessa Island 
            on the new ferry route.
            </Text>
            <Parse>
            1	The	the	DET	DT	_	3	det	_	_
            </Parse></Sentence>

            <Sentence category="DEMO" date="2021-03-05" id="FERRY-02" evaluate="true">
            <Text>Vessa Island accepted.</Text>
            </Sentence>
            </Sentences>
            </Validation>
            """);

        var results = Inputs.Read(Petrarch, path);

        Assert.All(results, r => Assert.Null(r.Error));
        var articles = results.Select(r => r.Article!).ToList();
        Assert.Equal(["FERRY-01", "FERRY-02"], articles.Select(a => a.Id));
        Assert.Equal([new DateOnly(2021, 3, 4), new DateOnly(2021, 3, 5)], articles.Select(a => a.Date));
        // The record's wrapped lines are joined: one passage, not a headline and a paragraph.
        Assert.Equal("The Lindenport harbor board offered talks to Vessa Island on the new ferry route.", articles[0].Text);
        Assert.Equal("Vessa Island accepted.", articles[1].Text);
        Assert.Equal(new InputLocation(path, 4), articles[0].Location);
        Assert.Equal(new InputLocation(path, 15), articles[1].Location);
        Assert.Null(articles[0].Title);
        Assert.Equal(PetrarchDefaults, articles[0].Options);
    }

    [Fact]
    public void MalformedRecordsAreErrorsWithTheirLinesAndTheRecordsAroundThemAreRead()
    {
        var path = files.Write("broken.xml", """
            <Sentences>
            <Sentence date="20200101" id="OK-1">
            <Text>Port reopens.</Text>
            </Sentence>
            <Sentence date="20200101" category="X">
            <Text>A record with no id.</Text>
            </Sentence>
            <Sentence date="121108" id="BAD-DATE">
            <Text>A six-digit date.</Text>
            </Sentence>
            <Sentence date="20200101" id="NO-TEXT">
            <EventCoding eventcode="010" sourcecode="A" targetcode="B" />
            </Sentence>
            <Sentence date="20200101" id="OPEN-TEXT">
            <Text>
            A text whose closing tag was lost.
            </Sentence>
            <Sentence id="NO-DATE">
            <Text>Undated.</Text>
            </Sentence>
            <Sentence date="20200102" id="OK-2">
            <Text>Ferries sail again.</Text>
            </Sentence>
            </Sentences>
            """);

        var results = Inputs.Read(Petrarch, path);

        Assert.Equal(["OK-1", "OK-2"], results.Where(r => r.Article is not null).Select(r => r.Article!.Id));
        Assert.Equal(
            [
                $"{path}:5: PETRARCH record has no id",
                $"{path}:8: record \"BAD-DATE\": date \"121108\" is not YYYYMMDD or YYYY-MM-DD",
                $"{path}:11: record \"NO-TEXT\" has no <Text>",
                $"{path}:14: record \"OPEN-TEXT\" has a <Text> (line 15) that is never closed",
                $"{path}:18: record \"NO-DATE\" has no date",
            ],
            results.Where(r => r.Error is not null).Select(r => r.Error!.ToString()));
    }

    [Fact]
    public void ConfigOptionsApplyToTheRecordsAfterThemUntilChanged()
    {
        var path = files.Write("config.xml", """
            <Sentence date="20200101" id="R1"><Text>One.</Text></Sentence>
            <Config option="Require_Dyad" value="false" />
            <Sentence date="20200101" id="R2"><Text>Two.</Text></Sentence>
            <Config option="comma_emax" value=" 8 "></Config>
            <Sentence date="20200101" id="R3"><Text>Three.</Text></Sentence>
            <Config option="require_dyad" value="TRUE" />
            <Sentence date="20200101" id="R4"><Text>Four.</Text></Sentence>
            """);

        var articles = Inputs.Read(Petrarch, path).Select(r => r.Article!).ToList();

        Assert.Equal(PetrarchDefaults, articles[0].Options);
        Assert.Equal(OverDefaults(new() { ["require_dyad"] = "false" }), articles[1].Options);
        Assert.Equal(OverDefaults(new() { ["require_dyad"] = "false", ["comma_emax"] = " 8 " }), articles[2].Options);
        Assert.Equal(OverDefaults(new() { ["require_dyad"] = "TRUE", ["comma_emax"] = " 8 " }), articles[3].Options);
    }

    [Fact]
    public void ConfigWithoutAnOptionNameIsAnError()
    {
        var path = files.Write("config.xml", """
            <Config value="4" />
            <Config option="new_actor_length" />
            <Sentence date="20200101" id="R1"><Text>One.</Text></Sentence>
            """);

        var results = Inputs.Read(Petrarch, path);

        Assert.Equal(
            [$"{path}:1: <Config> has no option name", $"{path}:2: <Config option=\"new_actor_length\"> has no value"],
            results.Where(r => r.Error is not null).Select(r => r.Error!.ToString()));
        Assert.Equal(PetrarchDefaults, Assert.Single(results, r => r.Article is not null).Article!.Options);
    }

    [Fact]
    public void RecordsThatAreNotWellFormedXmlAreStillRead()
    {
        var path = files.Write("loose.xml", """
            <Sentence id='Q-1' date = '20190611' category="TRADE" evaluate="true">
            <!-- an unclosed comment inside a record: its record boundary ends it
            <EventCoding eventcode="999" sourcecode="X" targetcode="Y" />
            </Sentence>
            <Sentence evaluate="true" id="Q-2" date="20190612"/>
            <PLEvent {"event": "057", "source": [{"code": "AT&T"}]}>
            <Text>
            AT&T and Smith & Sons signed a deal; profits rose <5% &amp; shares fell.
            </Text>
            <Parse>
            1	AT&T	AT&T	PROPN	NNP	_	0	root	_	_
            </Parse>

            <Sentence date="20190613" id=Q-3><Text>One line, <!-- dropped --> kept &lt;tag&gt;.</Text></Sentence>
            <Sentence date="20190614"
                      id="Q-4">
            <Text>Split tag.</Text>
            </Sentence>
            """);

        var results = Inputs.Read(Petrarch, path);

        // Q-1's comment never closes; the next <Sentence> line ends it, so Q-1 is read as having no text.
        Assert.Equal([$"{path}:1: record \"Q-1\" has no <Text>"], results.Where(r => r.Error is not null).Select(r => r.Error!.ToString()));
        var articles = results.Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        Assert.Equal(["Q-2", "Q-3", "Q-4"], articles.Select(a => a.Id));
        Assert.Equal("AT&T and Smith & Sons signed a deal; profits rose <5% & shares fell.", articles[0].Text);
        Assert.Equal(new DateOnly(2019, 6, 12), articles[0].Date);
        Assert.Equal("One line,  kept <tag>.", articles[1].Text);
        Assert.Equal(new InputLocation(path, 15), articles[2].Location);
        Assert.Equal("Split tag.", articles[2].Text);
    }

    [Fact]
    public void AnUnclosedCommentBetweenRecordsEndsAtTheNextRecord()
    {
        var path = files.Write("comment.xml", """
            <Sentence date="20200101" id="A"><Text>First.</Text></Sentence>
            <!-- a comment that never closes
            <Config option="require_dyad" value="false" />
            <Sentence date="20200101" id="B"><Text>Second.</Text></Sentence>
            <!-- <Config option="comma_max" value="0" /> -->
            <Sentence date="20200101" id="C"><Text>Third.</Text></Sentence>
            """);

        var articles = Inputs.Read(Petrarch, path).Select(r => r.Article!).ToList();

        Assert.Equal(["A", "B", "C"], articles.Select(a => a.Id));
        // Commented-out settings are not settings.
        Assert.All(articles, a => Assert.Equal(PetrarchDefaults, a.Options));
    }

    [Fact]
    public void StopRecordEndsTheFileAsInPetrarch()
    {
        var path = files.Write("stop.xml", """
            <Sentence date="20200101" id="A"><Text>First.</Text></Sentence>
            <!--Stop></Stop-->
            <Sentence date="20200101" id="B"><Text>Second.</Text>
            <Stop></Stop>
            <Sentence date="20200101" id="C"><Text>Never read.</Text></Sentence>
            """);

        Assert.Equal(["A", "B"], Inputs.Read(Petrarch, path).Select(r => r.Article!.Id));
    }

    [Fact]
    public void AFileWithoutRecordsReadAsPetrarchXmlIsAnError()
    {
        var path = files.Write("notes.xml", "<notes><note>Nothing here.</note></notes>");

        var error = Assert.Single(Inputs.Read(Petrarch, path)).Error!;

        Assert.Equal($"{path}: no PETRARCH <Sentence> records found", error.ToString());
    }

    [Fact]
    public void InvalidUtf8InATextIsAnErrorForTheLineAndItsRecord()
    {
        var path = files.Write("bytes.xml", [
            .. "<Sentence date=\"20200101\" id=\"A\">\n<Text>\nBad "u8, 0xFF, .. " byte.\n</Text>\n</Sentence>\n"u8,
            .. "<Sentence date=\"20200101\" id=\"B\"><Text>Fine.</Text></Sentence>\n"u8]);

        var results = Inputs.Read(Petrarch, path);

        Assert.Equal("B", Assert.Single(results, r => r.Article is not null).Article!.Id);
        Assert.Equal(
            [$"{path}:3: invalid UTF-8 (byte 0xFF at byte 5 of the line)", $"{path}:1: record \"A\" has an unreadable line (3) in its <Text>"],
            results.Where(r => r.Error is not null).Select(r => r.Error!.ToString()));
    }

    [Fact]
    public void XmlFilesWithRecordsAreSniffedAsPetrarchXml()
    {
        var path = files.Write("validation.xml", """
            <?xml version='1.0' encoding='utf-8'?>
            <!-- Use <Sentence ... evaluate="false"> to skip a record. -->
            <Validation><Sentences>
            <Sentence date="20200101" id="S-1">
            <Text>Council meets.</Text>
            </Sentence>
            </Sentences></Validation>
            """);

        Assert.Equal("S-1", Assert.Single(Inputs.Read(path)).Article!.Id);
    }

    [Theory]
    [InlineData("a.xml", "<Sentences>\n<Sentence id=\"1\" date=\"20200101\">\n<Text>x</Text>", InputFormat.PetrarchXml)]
    [InlineData("a.dat", "<!-- records -->\n<Sentence id=\"1\" date=\"20200101\"/>\n<Text>x</Text>", InputFormat.PetrarchXml)]
    [InlineData("a.xml", "<Sentences><Text>no record opens here</Text></Sentences>", InputFormat.Text)]
    [InlineData("a.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><item><description>&lt;Sentence&gt;</description>", InputFormat.Rss)]
    [InlineData("a.txt", "<Sentence id=\"1\" date=\"20200101\"><Text>x</Text>", InputFormat.Text)]
    public void FormatSnifferRecognisesPetrarchRecords(string name, string head, InputFormat expected) =>
        Assert.Equal(expected, FormatSniffer.Detect(name, System.Text.Encoding.UTF8.GetBytes(head)));

    [Theory]
    [InlineData(InputFormat.Auto, "auto")]
    [InlineData(InputFormat.Jsonl, "jsonl")]
    [InlineData(InputFormat.PetrarchXml, "petrarch-xml")]
    public void InputFormatsHaveCommandLineNames(InputFormat format, string name)
    {
        Assert.Equal(name, InputFormatNames.Name(format));
        Assert.True(InputFormatNames.TryParse(name, out var parsed));
        Assert.Equal(format, parsed);
        Assert.True(InputFormatNames.TryParse(format.ToString().ToUpperInvariant(), out parsed));
        Assert.Equal(format, parsed);
    }

    [Fact]
    public void UnknownInputFormatNamesAreRefused()
    {
        Assert.False(InputFormatNames.TryParse("petrarch", out _));
        Assert.False(InputFormatNames.TryParse(null, out _));
        Assert.Equal(Enum.GetValues<InputFormat>().Length, InputFormatNames.All.Count);
    }

    public void Dispose() => files.Dispose();
}
