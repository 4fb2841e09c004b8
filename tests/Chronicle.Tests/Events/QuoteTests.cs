using Chronicle.Articles;
using Chronicle.Export;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Events;

/// <summary>Direct quotes and their speakers, and the quote an event keeps.</summary>
public class QuoteTests
{
    private static readonly Lazy<ArticlePipeline> Pipeline = new(() => ArticlePipeline.CreateDefault());

    private static AnalyzedArticle Analyze(string text) =>
        Pipeline.Value.Analyze(new RawArticle { Text = text, Date = new DateOnly(2024, 5, 2), Location = new InputLocation("test") });

    private static List<(string Text, string? Speaker)> Quotes(string text)
    {
        var doc = Analyze(text).Stories.Single().Doc;
        return [.. doc.Quotes.Select(q => (doc.Text[q.Start..q.End], q.Speaker is { } s ? doc.Actors[s].Code?.Value : null))];
    }

    [Fact]
    public void A_quote_after_a_speech_verb_is_its_subjects()
    {
        var quote = Assert.Single(Quotes("The Kenyan interior ministry said in a statement: 'The curfew will stay in place until the attackers are found.'"));

        Assert.StartsWith("The curfew will stay", quote.Text, StringComparison.Ordinal);
        Assert.Equal("KENGOV", quote.Speaker);
    }

    [Fact]
    public void A_quote_before_its_speech_verb_is_the_speakers_after_it()
    {
        var quote = Assert.Single(Quotes("\"We will not give up a single village,\" the Ugandan army chief said on Monday."));

        Assert.Equal("UGAMIL", quote.Speaker);
    }

    [Fact]
    public void A_quoted_word_or_two_is_no_quote()
    {
        Assert.Empty(Quotes("The Tanzanian foreign minister described the raid as 'unacceptable and cruel'."));
    }

    [Fact]
    public void A_statement_keeps_its_quote_and_speaker()
    {
        var records = EventRecords.Of(Analyze("The Kenyan interior ministry said in a statement: 'The curfew will stay in place until the attackers are found.'")).ToList();

        var statement = Assert.Single(records, r => r.Cameo.StartsWith("01", StringComparison.Ordinal));
        Assert.NotNull(statement.Quote);
        Assert.Equal("KENGOV", statement.Quote.Speaker?.Code);
        Assert.StartsWith("The curfew", statement.Quote.Text, StringComparison.Ordinal);
    }
}
