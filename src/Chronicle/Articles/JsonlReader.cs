using System.Text.Json;

namespace Chronicle.Articles;

/// <summary>
/// JSON Lines, one article a line: <c>{"id", "text" | "html", "title"?, "url"?, "date"?, "source"?}</c>.
/// Streamed line by line; a bad line is an error with its number and the lines around it are still read.
/// </summary>
internal sealed class JsonlReader : IArticleReader
{
    public InputFormat Format => InputFormat.Jsonl;

    public IEnumerable<ReadResult> Read(InputDocument document, CancellationToken ct)
    {
        foreach (var line in document.ReadLines())
        {
            ct.ThrowIfCancellationRequested();
            if (line.Error is { } error)
            {
                yield return error;
                continue;
            }

            if (string.IsNullOrWhiteSpace(line.Text))
                continue;

            ReadResult result;
            try
            {
                result = Parse(line.Text, line.Location);
            }
            catch (InputException e)
            {
                result = e.ToError();
            }

            yield return result;
        }
    }

    private static RawArticle Parse(string text, InputLocation location)
    {
        using var json = ParseJson(text, location);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new InputException(location, $"expected a JSON object, found {Describe(root.ValueKind)}");

        var dateText = String(root, "date", location);
        var date = DateText.Parse(dateText);
        if (dateText is not null && date is null)
            throw new InputException(location, $"\"date\" is not a date: \"{dateText}\" (expected YYYY-MM-DD or ISO 8601)");

        var article = String(root, "text", location) is { } plain && !string.IsNullOrWhiteSpace(plain)
            ? new RawArticle { Text = plain, Location = location }
            : String(root, "html", location) is { } html
                ? HtmlExtractor.Extract(html, null, location).ToArticle(location)
                : throw new InputException(location, "missing or empty \"text\" or \"html\"");

        return article with
        {
            Id = Id(root, location),
            Title = String(root, "title", location) ?? article.Title,
            Url = String(root, "url", location) ?? article.Url,
            Date = date ?? article.Date,
            Source = String(root, "source", location) ?? article.Source,
        };
    }

    /// <summary>Parses one line of JSON, or throws an <see cref="InputException"/> that says where it breaks.</summary>
    internal static JsonDocument ParseJson(string text, InputLocation location)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            // The parser's own position suffix counts lines from 0 within this one line; the byte offset is what helps.
            var reason = e.Message.Split(" LineNumber:")[0].TrimEnd('.', ' ');
            throw new InputException(location, $"malformed JSON at byte {e.BytePositionInLine + 1}: {reason}");
        }
    }

    // Ids are strings by contract, but numeric ids are common enough in exports to take as written.
    private static string? Id(JsonElement root, InputLocation location) => Decoded(location, () =>
        root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetRawText() : String(root, "id", location));

    private static string? String(JsonElement root, string name, InputLocation location) => Decoded(location, () =>
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind != JsonValueKind.String)
            throw new InputException(location, $"\"{name}\" must be a string, found {Describe(value.ValueKind)}");
        return value.GetString();
    });

    /// <summary>
    /// Runs a read of the line's JSON. Names and strings are unescaped only as they are read, and a "\ud800"
    /// that stands alone, which JSON allows and no text can hold, fails then, in any name or string the
    /// read passes; it is refused rather than replaced, so the text is never changed unseen.
    /// </summary>
    private static T Decoded<T>(InputLocation location, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException)
        {
            throw new InputException(location, "invalid text: a \\u escape gives half of a surrogate pair");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "a string",
    };
}
