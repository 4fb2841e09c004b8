namespace Chronicle.Articles;

/// <summary>
/// The kinds of input Chronicle reads; <see cref="Auto"/> picks one by extension and content. On the
/// command line they go by the names <see cref="InputFormatNames"/> gives.
/// </summary>
public enum InputFormat
{
    Auto,
    Text,
    Html,
    Rss,
    Jsonl,

    /// <summary>PETRARCH validation records: each <c>&lt;Sentence&gt;</c> record is one article, read as <see cref="PetrarchRecords"/> reads them.</summary>
    PetrarchXml,
}
