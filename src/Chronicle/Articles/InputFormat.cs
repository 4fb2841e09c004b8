namespace Chronicle.Articles;

/// <summary>The kinds of input Chronicle reads; <see cref="Auto"/> picks one by extension and content.</summary>
public enum InputFormat
{
    Auto,
    Text,
    Html,
    Rss,
    Jsonl,
}
