using System.Collections.Immutable;

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

    /// <summary>
    /// Coding options the source sets for this article, names lower-cased and values as written: a PETRARCH
    /// record's <c>&lt;Config&gt;</c> options in force (require_dyad, new_actor_length, comma_emax...). Empty
    /// for sources that set none.
    /// </summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = ImmutableDictionary<string, string>.Empty;

    public required InputLocation Location { get; init; }
}
