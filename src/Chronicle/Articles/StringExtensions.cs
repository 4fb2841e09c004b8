namespace Chronicle.Articles;

internal static class StringExtensions
{
    /// <summary>The trimmed text, or null when it is null, empty or blank: metadata that says nothing is absent.</summary>
    public static string? TrimToNull(this string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
