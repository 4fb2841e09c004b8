namespace Chronicle.Export;

/// <summary>The columns events have in CSV, for the command line and the HTTP export alike.</summary>
public static class EventCsv
{
    public static readonly string[] Header =
        ["article", "story", "sentence", "source", "source_code", "cameo", "plover", "goldstein", "quad", "target", "target_code", "date", "confidence", "text"];

    public static object?[] Fields(EventRecord record) =>
    [
        record.Article, record.Story, record.Sentence, record.Source?.Text, record.Source?.Code, record.Cameo, record.Plover,
        record.Goldstein, record.Quad, record.Target?.Text, record.Target?.Code, record.Date, record.Confidence, record.Text,
    ];
}
