using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Chronicle.Articles;

namespace Chronicle.Queue;

/// <summary>
/// The payload of a queued article: the <see cref="RawArticle"/> as the reader found it (text, metadata,
/// coding options, where it came from, and the date --date gave it), as versioned JSON. A worker redoes
/// everything after reading, so the payload carries no analysis and stays small and stable.
/// </summary>
/// <remarks>
/// Version 1: <c>{"version": 1, "article": {"id", "title", "url", "date": "YYYY-MM-DD", "source", "byline",
/// "text", "options": {name: value}, "location": {"source", "line"}}}</c>. A change that an older worker
/// would misread gets a new version; a worker refuses versions it does not know, so the message is retried
/// (a newer worker may take it) and in the end dead-lettered, never misread.
/// </remarks>
public static class ArticleMessage
{
    /// <summary>The payload version this build writes and reads.</summary>
    public const int Version = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] Encode(RawArticle article) => JsonSerializer.SerializeToUtf8Bytes(
        new Envelope(Version, new Payload(
            article.Id, article.Title, article.Url, article.Date, article.Source, article.Byline, article.Text,
            article.Options.Count == 0 ? null : article.Options, new Place(article.Location.Source, article.Location.Line))),
        Json);

    /// <exception cref="ArticleMessageException">The payload is not JSON of a version this build reads, or lacks the text or location.</exception>
    public static RawArticle Decode(ReadOnlySpan<byte> payload)
    {
        Envelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<Envelope>(payload, Json);
        }
        catch (JsonException e)
        {
            throw new ArticleMessageException($"not an article message: {e.Message}");
        }

        if (envelope?.Version != Version)
            throw new ArticleMessageException($"payload version {envelope?.Version.ToString() ?? "(none)"} is not one this worker reads ({Version})");
        if (envelope.Article is not { Text: { } text, Location: { Source: { } source } location } article)
            throw new ArticleMessageException("the article has no text or no location");
        return new RawArticle
        {
            Id = article.Id,
            Title = article.Title,
            Url = article.Url,
            Date = article.Date,
            Source = article.Source,
            Byline = article.Byline,
            Text = text,
            Options = article.Options?.ToImmutableDictionary() ?? ImmutableDictionary<string, string>.Empty,
            Location = new InputLocation(source, location.Line),
        };
    }

    private sealed record Envelope(int Version, Payload? Article);

    private sealed record Payload(
        string? Id, string? Title, string? Url, DateOnly? Date, string? Source, string? Byline, string? Text,
        IReadOnlyDictionary<string, string>? Options, Place? Location);

    private sealed record Place(string? Source, int? Line);
}

/// <summary>A queued message that is not an article this build can read.</summary>
public sealed class ArticleMessageException(string message) : Exception(message);
