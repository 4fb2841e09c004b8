using System.Text.Json;
using Chronicle.Articles;

namespace Chronicle.Places;

/// <summary>One line of `chronicle geocode` input: a text and the chars of its place names.</summary>
public sealed record GeocodeRequest(string Id, string Text, IReadOnlyList<PlaceSpan> Mentions);

/// <summary>One line of geocode input as read: a request, or the error that line has.</summary>
public readonly record struct GeocodeLine(GeocodeRequest? Request, InputError? Error);

/// <summary>
/// Reads geocode requests, one JSON object a line: <c>{"id", "text", "mentions": [{"start", "end"}]}</c>.
/// Streamed; a bad line (invalid UTF-8, malformed JSON, offsets outside the text) is an error with its
/// line number, and the lines around it are still read.
/// </summary>
public static class GeocodeRequests
{
    /// <summary>Reads a file, or standard input when <paramref name="stream"/> is given with the name "-".</summary>
    public static IEnumerable<GeocodeLine> Read(string path, Stream? stream = null)
    {
        var location = new InputLocation(path);
        InputDocument document;
        try
        {
            document = InputDocument.Open(stream ?? File.OpenRead(path), location, path, new ReaderOptions().MaxDocumentBytes, leaveOpen: stream is not null);
        }
        catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
        {
            return [new GeocodeLine(null, e is InputException input ? input.ToError() : new InputError(location, e.Message))];
        }

        return ReadLines(document);
    }

    private static IEnumerable<GeocodeLine> ReadLines(InputDocument document)
    {
        using (document)
        {
            foreach (var line in document.ReadLines())
            {
                if (line.Error is { } error)
                {
                    yield return new GeocodeLine(null, error);
                    continue;
                }

                if (string.IsNullOrWhiteSpace(line.Text))
                    continue;
                GeocodeLine result;
                try
                {
                    result = new GeocodeLine(Parse(line.Text!, line.Location), null);
                }
                catch (InputException e)
                {
                    result = new GeocodeLine(null, e.ToError());
                }

                yield return result;
            }
        }
    }

    private static GeocodeRequest Parse(string line, InputLocation location)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new InputException(location, $"malformed JSON at byte {e.BytePositionInLine + 1}: {e.Message.Split(" LineNumber:")[0].TrimEnd('.', ' ')}");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new InputException(location, "expected a JSON object");
            var id = root.TryGetProperty("id", out var idValue) ? idValue.ValueKind switch
            {
                JsonValueKind.String => idValue.GetString()!,
                JsonValueKind.Number => idValue.GetRawText(),
                _ => throw new InputException(location, "\"id\" must be a string or a number"),
            } : throw new InputException(location, "missing \"id\"");
            if (!root.TryGetProperty("text", out var textValue) || textValue.ValueKind != JsonValueKind.String)
                throw new InputException(location, "missing \"text\" (a string)");
            var text = textValue.GetString()!;
            if (!root.TryGetProperty("mentions", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new InputException(location, "missing \"mentions\" (an array of {\"start\", \"end\"})");
            var mentions = new List<PlaceSpan>();
            foreach (var m in list.EnumerateArray())
            {
                if (m.ValueKind != JsonValueKind.Object
                    || !m.TryGetProperty("start", out var s) || !s.TryGetInt32(out var start)
                    || !m.TryGetProperty("end", out var e) || !e.TryGetInt32(out var end))
                    throw new InputException(location, $"mention {mentions.Count + 1}: expected {{\"start\": int, \"end\": int}}");
                if (start < 0 || end > text.Length || start >= end)
                    throw new InputException(location, $"mention {mentions.Count + 1}: [{start}, {end}) is not a span of the text ({text.Length} chars)");
                mentions.Add(new PlaceSpan(start, end));
            }

            return new GeocodeRequest(id, text, mentions);
        }
    }
}
