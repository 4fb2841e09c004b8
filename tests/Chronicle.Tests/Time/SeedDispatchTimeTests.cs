namespace Chronicle.Tests.Time;

/// <summary>The seed dispatch, dated 2023-02-24 (a Friday), read by the time annotator.</summary>
public sealed class SeedDispatchTimeTests
{
    private static readonly Lazy<List<string>> Found = new(() => TimexPipeline.Find(File.ReadAllText(RepoPaths.SeedDispatch), new DateOnly(2023, 2, 24)));

    [Theory]
    [InlineData("Thursday|DATE|2023-02-23")]
    [InlineData("Friday|DATE|2023-02-24")]
    [InlineData("September 24th last year|DATE|2022-09-24")]
    [InlineData("January 2020|DATE|2020-01")]
    [InlineData("January 3rd 2020|DATE|2020-01-03")]
    [InlineData("mid-February 2011|DATE|2011-02")]
    [InlineData("Monday 14th March, 2011|DATE|2011-03-14")]
    [InlineData("March 2015|DATE|2015-03")]
    [InlineData("February|DATE|2023-02")]
    public void The_dispatch_dates_resolve_against_its_article_date(string expected) => Assert.Contains(expected, Found.Value);

    [Fact]
    public void Every_thursday_in_the_dispatch_is_the_day_before_it_was_written()
    {
        var thursdays = Found.Value.Where(f => f.StartsWith("Thursday|", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, thursdays.Count);
        Assert.All(thursdays, t => Assert.Equal("Thursday|DATE|2023-02-23", t));
    }
}
