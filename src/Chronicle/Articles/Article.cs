using System.Security.Cryptography;
using System.Text;
using Chronicle.Text;

namespace Chronicle.Articles;

/// <summary>An article ready for analysis: metadata, normalized text with its way back to the original, and its layout.</summary>
public sealed class Article
{
    public required string Id { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public DateOnly? Date { get; init; }

    public string? Source { get; init; }

    public string? Byline { get; init; }

    public required NormalizedText Body { get; init; }

    /// <summary>Title, caption and paragraph blocks of <see cref="Body"/>, in text order. Lines in no block (bare counters) were dropped.</summary>
    public required IReadOnlyList<TextBlock> Blocks { get; init; }

    public required InputLocation Location { get; init; }

    /// <summary>Coding options the source set for this article (see <see cref="RawArticle.Options"/>).</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty;

    /// <summary>What makes two inputs the same article: its URL when it has one, else a hash of its normalized text.</summary>
    public string DedupKey => DedupKeyOf(Url, Body.Text);

    public static string DedupKeyOf(string? url, string normalizedText) =>
        url is { Length: > 0 } ? "url:" + url : "sha256:" + Hash(normalizedText);

    /// <summary>The id an article gets when its source gives none: 16 hex digits of the hash of its dedup key.</summary>
    public static string DeriveId(string dedupKey) => Hash(dedupKey)[..16];

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
