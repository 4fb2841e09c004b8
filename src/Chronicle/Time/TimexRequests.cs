using System.Text.Json;
using Chronicle.Articles;

namespace Chronicle.Time;

/// <summary>One text to find time expressions in, as `chronicle timex` reads it: <c>{"id", "text", "dct": "YYYY-MM-DD"}</c>.</summary>
/// <param name="Dct">The document creation time (the article's date) that relative expressions are read against; null when not given.</param>
public sealed record TimexRequest(string Id, string Text, DateOnly? Dct, InputLocation Location);

/// <summary>Reads <see cref="TimexRequest"/>s from JSON Lines, streamed; a bad line is an error with its number, and the rest are still read.</summary>
public static class TimexRequests
{
    /// <summary>The requests in a file, or (<paramref name="path"/> "-") in <paramref name="stdin"/>; each item is a request or an error.</summary>
    public static IEnumerable<(TimexRequest? Request, InputError? Error)> Read(string path, Func<Stream> stdin)
    {
        var location = new InputLocation(path);
        InputDocument document;
        try
        {
            document = path == "-"
                ? InputDocument.Open(stdin(), location, path, new ReaderOptions().MaxDocumentBytes, leaveOpen: true)
                : InputDocument.Open(File.OpenRead(path), location, path, new ReaderOptions().MaxDocumentBytes);
        }
        catch (InputException e)
        {
            return [(null, e.ToError())];
        }

        return ReadLines(document);
    }

    private static IEnumerable<(TimexRequest?, InputError?)> ReadLines(InputDocument document)
    {
        using (document)
        {
            foreach (var line in document.ReadLines())
            {
                if (line.Error is { } error)
                {
                    yield return (null, error);
                    continue;
                }

                if (string.IsNullOrWhiteSpace(line.Text))
                    continue;
                (TimexRequest?, InputError?) result;
                try
                {
                    result = (Parse(line.Text, line.Location), null);
                }
                catch (InputException e)
                {
                    result = (null, e.ToError());
                }

                yield return result;
            }
        }
    }

    private static TimexRequest Parse(string text, InputLocation location)
    {
        using (var json = JsonlReader.ParseJson(text, location))
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new InputException(location, "expected a JSON object {\"id\", \"text\", \"dct\"}");
            var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? (idValue.ValueKind == JsonValueKind.String ? idValue.GetString()! : idValue.GetRawText())
                : throw new InputException(location, "missing \"id\" (a string)");
            var body = root.TryGetProperty("text", out var textValue) && textValue.ValueKind == JsonValueKind.String
                ? textValue.GetString()!
                : throw new InputException(location, "missing \"text\" (a string)");
            DateOnly? dct = null;
            if (root.TryGetProperty("dct", out var dctValue) && dctValue.ValueKind != JsonValueKind.Null)
            {
                var written = dctValue.ValueKind == JsonValueKind.String ? dctValue.GetString()! : dctValue.GetRawText();
                dct = DateText.Parse(written) ?? throw new InputException(location, $"\"dct\" is not a date: \"{written}\" (expected YYYY-MM-DD)");
            }

            return new TimexRequest(id, body, dct, location);
        }
    }
}
