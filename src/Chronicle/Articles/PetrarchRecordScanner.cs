using System.Collections.Immutable;
using System.Text;

namespace Chronicle.Articles;

/// <summary>
/// Reads the <c>&lt;Sentence&gt;</c> records of a PETRARCH validation file, streamed line by line.
/// These files are not well-formed XML (unescaped '&amp;' and '&lt;', records left open, stray lines
/// such as <c>&lt;PLEvent {...}&gt;</c>, comments that never close), so they are read the way PETRARCH
/// read them, by scanning lines for the few tags that matter, and never with an XML parser.
/// </summary>
/// <remarks>
/// The rules:
/// <list type="bullet">
/// <item>A record runs from its <c>&lt;Sentence&gt;</c> tag to its <c>&lt;/Sentence&gt;</c>, or to the next
/// <c>&lt;Sentence&gt;</c> when it is never closed (PETR2_GSR_validation.xml writes <c>&lt;Sentence .../&gt;</c>
/// and leaves its records open).</item>
/// <item>A line that begins with <c>&lt;Sentence</c> or <c>&lt;/Sentence</c> is always a record boundary, as
/// it was for PETRARCH: it ends whatever was left open before it (a comment, a <c>&lt;Text&gt;</c>, a
/// <c>&lt;Parse&gt;</c>), so that one broken record never swallows the next. A record inside a comment is
/// therefore still read, as PETRARCH read it.</item>
/// <item><c>&lt;Text&gt;</c> and <c>&lt;Parse&gt;</c> content is taken as it stands up to the closing tag,
/// so an unescaped '&lt;' or '&amp;' in it is text.</item>
/// <item>Tags may stand anywhere on a line, so one-line records are read too. A tag with no '&gt;' on its
/// line goes on into the next line unless that line begins with '&lt;'; otherwise it ends with its line.</item>
/// <item><c>&lt;Config option=".." value=".."/&gt;</c> applies to the records that start after it, until the
/// option is set again; it may stand anywhere, the <c>&lt;Environment&gt;</c> block included.</item>
/// <item><c>&lt;Stop&gt;</c> ends the file, as it did for PETRARCH.</item>
/// <item>Everything else (declarations, <c>&lt;PLEvent&gt;</c> lines, unknown tags, text between tags) is skipped.</item>
/// </list>
/// </remarks>
internal sealed class PetrarchRecordScanner(InputLocation file)
{
    // Longer than any real tag: a lone '<' in stray text must not gather up a whole file.
    private const int MaxTagLength = 16 * 1024;

    private static readonly string[] StructuralTags = ["Sentence", "EventCoding", "Config", "Text", "Parse", "Environment", "Stop"];

    private readonly List<Result> found = [];
    private readonly Dictionary<string, string> environment = new(StringComparer.OrdinalIgnoreCase);
    private ImmutableDictionary<string, string> options = ImmutableDictionary<string, string>.Empty;
    private PetrarchRecordBuilder? record;
    private RawContent? raw;
    private string? pendingTag;
    private InputLocation? pendingAt;
    private bool inComment;
    private bool inEnvironment;
    private bool stopped;
    private bool sawRecord;

    /// <summary>A record, or the error that stands in its place.</summary>
    public readonly record struct Result(PetrarchRecord? Record, InputError? Error)
    {
        public static implicit operator Result(PetrarchRecord record) => new(record, null);

        public static implicit operator Result(InputError error) => new(null, error);
    }

    /// <summary>The settings of the <c>&lt;Environment&gt;</c> block read so far, by element name.</summary>
    public IReadOnlyDictionary<string, string> Environment => environment.AsReadOnly();

    public IEnumerable<Result> Scan(IEnumerable<TextLine> lines, CancellationToken ct)
    {
        var sawText = false;
        foreach (var line in lines)
        {
            ct.ThrowIfCancellationRequested();
            if (line.Error is { } error)
            {
                Unreadable(error);
            }
            else
            {
                sawText |= !string.IsNullOrWhiteSpace(line.Text);
                Read(line.Text!, line.Location);
            }

            foreach (var result in Drain())
                yield return result;
            if (stopped)
                break;
        }

        EndOfFile();
        // A file of something else read with --input-format petrarch-xml says so, rather than yielding nothing.
        if (sawText && !sawRecord)
            found.Add(new InputError(file, "no PETRARCH <Sentence> records found"));
        foreach (var result in Drain())
            yield return result;
    }

    private void Read(string line, InputLocation at)
    {
        var position = pendingTag is null ? 0 : ContinueTag(line);
        if (IsRecordBoundary(line))
            Resync();

        while (position < line.Length && !stopped)
        {
            position = inComment ? SkipComment(line, position)
                : raw is not null ? ReadRaw(line, position)
                : ReadMarkup(line, position, at);
        }

        if (raw is { OneLine: true })
            CloseRaw();
        raw?.Text?.Append('\n');
    }

    private int ReadMarkup(string line, int position, InputLocation at)
    {
        var open = line.IndexOf('<', position);
        if (open < 0)
            return line.Length;
        if (line.AsSpan(open).StartsWith("<!--"))
        {
            inComment = true;
            return open + 4;
        }

        if (!PetrarchTag.StartsAt(line, open))
            return open + 1;

        var end = PetrarchTag.FindEnd(line, open);
        if (end < 0)
        {
            if (StructuralTags.Contains(PetrarchTag.NameAt(line, open), StringComparer.OrdinalIgnoreCase))
            {
                pendingTag = line[open..];
                pendingAt = at;
            }

            return line.Length;
        }

        OnTag(PetrarchTag.Parse(line[open..(end + 1)]), at);
        return end + 1;
    }

    /// <summary>Goes on with a tag cut off at the end of the previous line; returns where the rest of the line starts.</summary>
    private int ContinueTag(string line)
    {
        var tag = pendingTag!;
        pendingTag = null;
        if (line.AsSpan().TrimStart().StartsWith("<") || tag.Length > MaxTagLength)
        {
            OnTag(PetrarchTag.Parse(tag), pendingAt!);
            return 0;
        }

        var joined = tag + "\n" + line;
        var end = PetrarchTag.FindEnd(joined, 0);
        if (end < 0)
        {
            pendingTag = joined;
            return line.Length;
        }

        OnTag(PetrarchTag.Parse(joined[..(end + 1)]), pendingAt!);
        return end + 1 - (tag.Length + 1);
    }

    private int SkipComment(string line, int position)
    {
        var close = line.IndexOf("-->", position, StringComparison.Ordinal);
        if (close < 0)
            return line.Length;
        inComment = false;
        return close + 3;
    }

    private int ReadRaw(string line, int position)
    {
        var close = IndexOfEndTag(line, position, raw!.Element);
        if (close < 0)
        {
            raw.Text?.Append(line, position, line.Length - position);
            return line.Length;
        }

        raw.Text?.Append(line, position, close - position);
        CloseRaw();
        var end = line.IndexOf('>', close);
        return end < 0 ? line.Length : end + 1;
    }

    private void OnTag(PetrarchTag tag, InputLocation at)
    {
        if (tag.Is("Sentence"))
        {
            EndRecord();
            if (!tag.IsEnd)
                StartRecord(tag, at);
        }
        else if (tag.IsEnd)
        {
            // Closing tags other than the record's matter only where they end raw content (read in ReadRaw).
            inEnvironment &= !tag.Is("Environment");
        }
        else if (tag.Is("EventCoding"))
        {
            record?.Expect(tag, at);
        }
        else if (tag.Is("Config"))
        {
            SetOption(tag, at);
        }
        else if (tag.Is("Text"))
        {
            if (tag.IsSelfClosing)
                record?.SetText("");
            else
                raw = new RawContent("Text", at, keep: record is not null, oneLine: false);
        }
        else if (tag.Is("Parse"))
        {
            if (!tag.IsSelfClosing)
                raw = new RawContent("Parse", at, keep: false, oneLine: false);
        }
        else if (tag.Is("Environment"))
        {
            inEnvironment = !tag.IsSelfClosing;
        }
        else if (tag.Is("Stop"))
        {
            EndRecord();
            stopped = true;
        }
        else if (inEnvironment && !tag.IsSelfClosing)
        {
            // PETRARCH read each setting (<Include>DEMO ACTOR</Include>) from its one line.
            raw = new RawContent(tag.Name, at, keep: true, oneLine: true);
        }
    }

    private void StartRecord(PetrarchTag sentence, InputLocation at)
    {
        record = new PetrarchRecordBuilder(sentence, at, options);
        sawRecord = true;
        // An <Environment> block left open ends where the records begin.
        inEnvironment = false;
    }

    private void EndRecord()
    {
        if (record is null)
            return;
        found.Add(record.Build());
        record = null;
    }

    private void SetOption(PetrarchTag config, InputLocation at)
    {
        var name = config.Attribute("option")?.Trim();
        var value = config.Attribute("value");
        if (string.IsNullOrEmpty(name))
            found.Add(new InputError(at, "<Config> has no option name"));
        else if (value is null)
            found.Add(new InputError(at, $"<Config option=\"{name}\"> has no value"));
        else
            options = options.SetItem(name.ToLowerInvariant(), value);
    }

    private void CloseRaw()
    {
        var content = raw!.Text?.ToString();
        if (content is not null)
        {
            if (raw.Element == "Text")
                record?.SetText(content);
            else
                environment[raw.Element] = content.Trim();
        }

        raw = null;
    }

    /// <summary>Ends what a record boundary line finds left open before it.</summary>
    private void Resync()
    {
        inComment = false;
        AbandonRaw();
    }

    private void AbandonRaw()
    {
        if (raw is { Element: "Text", Text: not null })
            record?.Fail($"has a <Text> (line {raw.At.Line}) that is never closed");
        raw = null;
    }

    private void Unreadable(InputError error)
    {
        found.Add(error);
        if (raw is { Element: "Text", Text: not null })
            record?.Fail($"has an unreadable line ({error.Location.Line}) in its <Text>");
    }

    private void EndOfFile()
    {
        if (pendingTag is not null)
        {
            OnTag(PetrarchTag.Parse(pendingTag), pendingAt!);
            pendingTag = null;
        }

        AbandonRaw();
        EndRecord();
    }

    private Result[] Drain()
    {
        var results = found.ToArray();
        found.Clear();
        return results;
    }

    private static bool IsRecordBoundary(string line)
    {
        var start = line.Length - line.AsSpan().TrimStart().Length;
        return start < line.Length && line[start] == '<' && PetrarchTag.StartsAt(line, start)
            && PetrarchTag.NameAt(line, start).Equals("Sentence", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Where the closing tag of <paramref name="element"/> starts, from <paramref name="position"/> on; -1 when it is not on this line.</summary>
    private static int IndexOfEndTag(string line, int position, string element)
    {
        for (var at = line.IndexOf("</", position, StringComparison.Ordinal); at >= 0; at = line.IndexOf("</", at + 2, StringComparison.Ordinal))
        {
            if (PetrarchTag.StartsAt(line, at) && PetrarchTag.NameAt(line, at).Equals(element, StringComparison.OrdinalIgnoreCase))
                return at;
        }

        return -1;
    }

    /// <summary>An element whose content is read as it stands, up to its closing tag; kept only when wanted.</summary>
    private sealed class RawContent(string element, InputLocation at, bool keep, bool oneLine)
    {
        public string Element { get; } = element;

        public InputLocation At { get; } = at;

        public bool OneLine { get; } = oneLine;

        public StringBuilder? Text { get; } = keep ? new StringBuilder() : null;
    }
}
