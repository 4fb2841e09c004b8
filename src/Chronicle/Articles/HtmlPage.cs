namespace Chronicle.Articles;

/// <summary>What was extracted from one HTML page: its main text and the metadata it states.</summary>
internal sealed record HtmlPage(string Text, string? Title, string? Byline, DateOnly? Date, string? Url, string? SiteName)
{
    public RawArticle ToArticle(InputLocation location) => new()
    {
        Title = Title,
        Url = Url,
        Date = Date,
        Source = SiteName,
        Byline = Byline,
        Text = Text,
        Location = location,
    };
}
