using Chronicle.Actors;
using Chronicle.Actors.Knowledge;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Actors;

/// <summary>A person's code in a text is the role they held on the article's date.</summary>
public class DatedRoleCodingTests
{
    private static readonly Lazy<ArticlePipeline> Pipeline = new(() =>
    {
        const string people = """
            Selim Aydemir
              alias: Aydemir
              role: TURMIL 2010..2016-12 chief of staff
              role: TURGOV 2017-01..2020 defence minister
            """;
        var builder = new ActorLexiconBuilder().AddBuiltIn().NextLayer();
        foreach (var record in EntityRecordFile.Read(new StringReader(people), "people.txt"))
            builder.AddRecord(record, ActorKind.Person);
        return ArticlePipeline.CreateDefault(builder.Build());
    });

    [Theory]
    [InlineData("2014-05-01", "TURMIL")]
    [InlineData("2018-05-01", "TURGOV")]
    public void The_article_date_picks_the_code(string date, string code)
    {
        var actors = ActorPipeline.Code("Selim Aydemir visited troops near the border on Tuesday.", DateOnly.Parse(date), Pipeline.Value);

        var name = actors.Find("Selim Aydemir");
        Assert.Equal(code, name.Code);
        Assert.Equal(ActorVia.Dictionary, name.Via);
    }

    [Fact]
    public void Before_the_first_role_the_name_has_no_code()
    {
        var actors = ActorPipeline.Code("Selim Aydemir visited troops near the border on Tuesday.", new DateOnly(2005, 1, 1), Pipeline.Value);

        Assert.Null(actors.Find("Selim Aydemir").Code);
    }

    [Fact]
    public void After_the_last_role_the_name_keeps_it()
    {
        var actors = ActorPipeline.Code("Selim Aydemir visited troops near the border on Tuesday.", new DateOnly(2023, 1, 1), Pipeline.Value);

        Assert.Equal("TURGOV", actors.Find("Selim Aydemir").Code);
    }
}
