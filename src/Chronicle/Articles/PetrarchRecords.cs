namespace Chronicle.Articles;

/// <summary>
/// Reads PETRARCH validation files for evaluation: every record with its id, date, category, evaluate
/// flag, text, the <c>&lt;Config&gt;</c> options in force and the codings it expects, so that coded events
/// can be scored against them. The rules the file is read by are those of <c>--input-format petrarch-xml</c>.
/// </summary>
public static class PetrarchRecords
{
    /// <summary>
    /// Reads the whole file. Malformed records, and content that cannot be read at all (binary data,
    /// invalid UTF-8), are in <see cref="PetrarchRecordFile.Errors"/>; the good records are all returned.
    /// </summary>
    /// <exception cref="IOException">The file cannot be opened (including <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static PetrarchRecordFile Read(string path, CancellationToken ct = default)
    {
        var location = new InputLocation(path);
        var scanner = new PetrarchRecordScanner(location);
        var records = new List<PetrarchRecord>();
        var errors = new List<InputError>();
        try
        {
            using var document = InputDocument.Open(File.OpenRead(path), location, path, new ReaderOptions().MaxDocumentBytes);
            foreach (var result in scanner.Scan(document.ReadLines(), ct))
            {
                if (result.Record is { } record)
                    records.Add(record);
                else
                    errors.Add(result.Error!);
            }
        }
        catch (InputException e)
        {
            errors.Add(e.ToError());
        }

        return new PetrarchRecordFile(path, records.AsReadOnly(), errors.AsReadOnly(), scanner.Environment);
    }
}
