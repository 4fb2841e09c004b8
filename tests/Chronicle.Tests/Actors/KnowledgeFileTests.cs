using Chronicle.Actors;
using Chronicle.Actors.Knowledge;

namespace Chronicle.Tests.Actors;

public class KnowledgeFileTests
{
    private const string People = """
        # test people
        Karim Haddad
          alias: Haddad
          gender: male
          role: XYZGOV 2015-03..2019-06-30 foreign minister
          role: XYZLEG 2019-07..  member of parliament

        Nadia Farouk [XYZOPP]
          role: XYZGOV 2020..2021 minister of health
        """;

    [Fact]
    public void A_record_keeps_its_header_code_and_keyed_values_in_order()
    {
        var records = EntityRecordFile.Read(new StringReader(People), "people.txt");

        Assert.Equal(["Karim Haddad", "Nadia Farouk"], records.Select(r => r.Name));
        Assert.Null(records[0].Code);
        Assert.Equal("XYZOPP", records[1].Code);
        Assert.Equal(2, records[0].ValuesOf("role").Count());
    }

    [Theory]
    [InlineData("2016-01-01", "XYZGOV")]
    [InlineData("2019-06-30", "XYZGOV")]
    [InlineData("2019-07-01", "XYZLEG")]
    [InlineData("2026-01-01", "XYZLEG")]
    [InlineData("2010-01-01", null)]
    [InlineData("2030-01-01", "XYZLEG")]
    public void The_article_date_picks_the_role(string date, string? expected)
    {
        var entry = Person("Karim Haddad");

        Assert.Equal(expected, entry.CodeOn(DateOnly.Parse(date))?.Code.Value);
    }

    [Fact]
    public void Without_a_date_the_latest_role_holds() =>
        Assert.Equal("XYZLEG", Person("Karim Haddad").CodeOn(null)?.Code.Value);

    [Fact]
    public void A_header_code_holds_whenever_no_dated_role_does()
    {
        var entry = Person("Nadia Farouk");

        Assert.Equal("XYZGOV", entry.CodeOn(new DateOnly(2020, 6, 1))?.Code.Value);
        Assert.Equal("XYZOPP", entry.CodeOn(new DateOnly(2023, 6, 1))?.Code.Value);
    }

    [Theory]
    [InlineData("Someone\n  role: XYZGOV 2015\n", "people.txt:2")]
    [InlineData("Someone\n  role: XYZGOV 2019..2015 minister\n", "people.txt:2")]
    [InlineData("Someone\n  title: minister\n", "people.txt:2")]
    [InlineData("  alias: orphan\n", "people.txt:1")]
    public void A_bad_line_is_named_by_file_and_line(string text, string where)
    {
        var error = Assert.Throws<DictionaryFormatException>(() =>
        {
            var builder = new ActorLexiconBuilder();
            foreach (var record in EntityRecordFile.Read(new StringReader(text), "people.txt"))
                builder.AddRecord(record, ActorKind.Person);
        });

        Assert.StartsWith(where + ":", error.Message);
    }

    [Fact]
    public void Sector_words_get_regular_and_irregular_plurals()
    {
        const string vocabulary = """
            [GOV person]
            minister
            [CVL person]
            child {children}
            [MIL group]
            troops {}
            [JUD modifier]
            judicial
            """;

        var terms = SectorVocabularyFile.Read(new StringReader(vocabulary), "sectors.txt");

        Assert.Equal(["minister", "ministers", "child", "children", "troops", "judicial"], terms.Select(t => t.Phrase));
        Assert.True(terms.Single(t => t.Phrase == "ministers").Plural);
        Assert.Equal(TermKind.Modifier, terms.Single(t => t.Phrase == "judicial").Kind);
    }

    private static ActorEntry Person(string name)
    {
        var builder = new ActorLexiconBuilder();
        foreach (var record in EntityRecordFile.Read(new StringReader(People), "people.txt"))
            builder.AddRecord(record, ActorKind.Person);
        return builder.Build().Names.Lookup(PhraseWords.Of(name)).Single().Entry;
    }
}
