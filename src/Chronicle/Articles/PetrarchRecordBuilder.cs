using System.Globalization;
using System.Net;

namespace Chronicle.Articles;

/// <summary>
/// Gathers one <c>&lt;Sentence&gt;</c> record as the scanner meets its parts, and checks it when it ends:
/// a record without an id, a date or a text is an error naming its line, never a half-read article.
/// </summary>
internal sealed class PetrarchRecordBuilder(PetrarchTag sentence, InputLocation location, IReadOnlyDictionary<string, string> options)
{
    private static readonly string[] DateFormats = ["yyyyMMdd", "yyyy-MM-dd"];

    private readonly List<PetrarchEventCoding> expected = [];
    private string? text;
    private string? problem;

    public void Expect(PetrarchTag eventCoding, InputLocation at) => expected.Add(new PetrarchEventCoding(eventCoding.Attributes, at));

    /// <summary>Takes the raw content between <c>&lt;Text&gt;</c> and <c>&lt;/Text&gt;</c>.</summary>
    public void SetText(string raw)
    {
        if (text is not null)
            Fail("has more than one <Text>");
        text = TextContent(raw);
    }

    /// <summary>Marks the record as broken; the first problem found is the one reported.</summary>
    public void Fail(string why) => problem ??= why;

    public PetrarchRecordScanner.Result Build()
    {
        var id = sentence.Attribute("id")?.Trim();
        if (string.IsNullOrEmpty(id))
            return Error("PETRARCH record has no id");

        var name = $"record \"{id}\"";
        var dateText = sentence.Attribute("date")?.Trim();
        if (problem is not null)
            return Error($"{name} {problem}");
        if (string.IsNullOrEmpty(dateText))
            return Error($"{name} has no date");
        if (!DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Error($"{name}: date \"{dateText}\" is not YYYYMMDD or YYYY-MM-DD");
        if (text is null)
            return Error($"{name} has no <Text>");
        if (text.Length == 0)
            return Error($"{name} has an empty <Text>");

        return new PetrarchRecord
        {
            Id = id,
            Date = date,
            Category = sentence.Attribute("category")?.Trim(),
            Evaluate = Evaluate(sentence),
            Text = text,
            Options = options,
            Expected = expected.AsReadOnly(),
            Location = location,
        };
    }

    private PetrarchRecordScanner.Result Error(string message) => new InputError(location, message);

    // UD-PETRARCH marks records to skip with evaluate="false", PETRARCH-1 with sentence="false"; a record
    // that says neither is scored.
    private static bool Evaluate(PetrarchTag sentence) =>
        (sentence.Attribute("evaluate") ?? sentence.Attribute("sentence"))?.Trim().Equals("false", StringComparison.OrdinalIgnoreCase) != true;

    /// <summary>The text as XML would give it (comments dropped, entities decoded), trimmed; a lone '&amp;' or '&lt;' stays as written.</summary>
    private static string TextContent(string raw)
    {
        for (var open = raw.IndexOf("<!--", StringComparison.Ordinal); open >= 0; open = raw.IndexOf("<!--", open, StringComparison.Ordinal))
        {
            var close = raw.IndexOf("-->", open + 4, StringComparison.Ordinal);
            if (close < 0)
                break;
            raw = raw.Remove(open, close + 3 - open);
        }

        return WebUtility.HtmlDecode(raw).Trim();
    }
}
