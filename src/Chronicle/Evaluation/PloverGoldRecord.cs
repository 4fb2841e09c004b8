using System.Text.Json;

namespace Chronicle.Evaluation;

/// <summary>A record of the PLOVER gold standard: a sentence, its date, its event type and the source actors' countries.</summary>
public sealed record PloverGoldRecord(string Id, DateOnly? Date, string Text, string EventType, IReadOnlyList<string> SourceCountries)
{
    /// <summary>Reads a gold file (a JSON array of records); the DOCUMENT records that document the file are left out.</summary>
    public static List<PloverGoldRecord> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var records = new List<PloverGoldRecord>();
        foreach (var record in json.RootElement.EnumerateArray())
        {
            var type = record.TryGetProperty("event", out var e) ? e.GetString() ?? "" : "";
            if (type is "" or "DOCUMENT" || !record.TryGetProperty("text", out var text))
                continue;
            DateOnly? date = record.TryGetProperty("date", out var d) && DateOnly.TryParse(d.GetString(), out var parsed) ? parsed : null;
            var sources = record.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.Array
                ? s.EnumerateArray().Select(a => a.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "").Where(c => c.Length >= 3).Select(c => c[..3]).ToList()
                : [];
            records.Add(new PloverGoldRecord(record.GetProperty("id").GetString() ?? "", date, text.GetString() ?? "", type, sources));
        }

        return records;
    }
}
