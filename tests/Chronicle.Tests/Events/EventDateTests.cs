using Chronicle.Articles;
using Chronicle.Export;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Events;

/// <summary>An event takes the date of the time expression governing its clause, else its article's date.</summary>
public sealed class EventDateTests
{
    private static readonly Lazy<ArticlePipeline> Pipeline = new(() => ArticlePipeline.CreateDefault());

    private static List<EventRecord> Records(string text) =>
        [.. EventRecords.Of(Pipeline.Value.Analyze(new RawArticle { Text = text, Date = new DateOnly(2023, 2, 24), Location = new InputLocation("test") }))];

    [Fact]
    public void An_event_dated_in_its_sentence_takes_that_date_and_its_words()
    {
        var arrest = Records("Police arrested two opposition activists in Manama on Thursday.").Single(r => r.Cameo.StartsWith("17", StringComparison.Ordinal));

        Assert.Equal(("2023-02-23", "day", "on Thursday"), (arrest.Date, arrest.DatePrecision, arrest.DateText));
        Assert.NotNull(arrest.Evidence.Time);
    }

    [Fact]
    public void A_month_gives_a_month_precise_date()
    {
        var record = Records("Saudi Arabia launched a war on Yemen in March 2015.").First();

        Assert.Equal(("2015-03", "month", "in March 2015"), (record.Date, record.DatePrecision, record.DateText));
    }

    [Fact]
    public void Without_a_time_expression_the_article_date_stands_with_no_words()
    {
        var record = Records("Police arrested two opposition activists in Manama.").First();

        Assert.Equal(("2023-02-24", "day", null), (record.Date, record.DatePrecision, record.DateText));
        Assert.Null(record.Evidence.Time);
    }

    [Fact]
    public void A_date_inside_a_quotation_does_not_date_the_statement_around_it()
    {
        var statement = Records("The ministry said: 'Troops withdrew from the border in January.'").First(r => r.Cameo.StartsWith("01", StringComparison.Ordinal) || r.Source?.Text == "ministry");

        Assert.Equal("2023-02-24", statement.Date);
        Assert.Null(statement.DateText);
    }

    /// <summary>
    /// Found by the pipeline fuzz test (seed 842: duplicated chunk, BOM): eight sentences of 3,000
    /// characters took the event coder 9 s, dating each event by rescanning its sentence for every date.
    /// </summary>
    [Fact]
    public void Every_event_of_a_very_long_sentence_is_dated_by_its_own_clause()
    {
        var clauses = Enumerable.Range(0, 300).Select(i => i % 2 == 0 ? "police arrested activists in Manama on Thursday" : "troops attacked villages in Aden on Monday");

        var records = Records(string.Join(", and ", clauses) + ".");

        Assert.True(records.Count >= 300, $"{records.Count} events");
        Assert.All(records.Where(r => r.Cameo.StartsWith("17", StringComparison.Ordinal)), r => Assert.Equal("on Thursday", r.DateText));
        Assert.All(records.Where(r => r.Cameo.StartsWith("19", StringComparison.Ordinal) || r.Cameo.StartsWith("18", StringComparison.Ordinal)), r => Assert.Equal("on Monday", r.DateText));
    }

    [Theory]
    [InlineData("A Kenyan court sentenced a former army officer to life in prison for his role in the 2016 coup attempt.")]
    [InlineData("Kenya's president condemned Monday's attack on a police station.")]
    public void A_date_that_modifies_a_noun_does_not_date_the_clause(string text)
    {
        var records = Records(text);

        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal(("2023-02-24", null), (r.Date, r.DateText)));
    }
}
