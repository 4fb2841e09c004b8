namespace Chronicle.Articles;

/// <summary>
/// What a reader found in one input: metadata and the text as written, before normalization and layout.
/// Paragraphs in <see cref="Text"/> are separated by line breaks.
/// </summary>
public sealed record RawArticle
{
    /// <summary>The id the source gave (a JSONL "id", a feed item's guid); null when the source has none.</summary>
    public string? Id { get; init; }

    /// <summary>The title from metadata; null when the title, if any, is the first line of <see cref="Text"/>.</summary>
    public string? Title { get; init; }

    public string? Url { get; init; }

    /// <summary>Publication date, as the source states it.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The publisher or feed the article came from.</summary>
    public string? Source { get; init; }

    public string? Byline { get; init; }

    public required string Text { get; init; }

    public required InputLocation Location { get; init; }
}
