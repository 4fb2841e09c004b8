namespace Chronicle.Cli.Output;

/// <summary>How a command prints records.</summary>
internal enum OutputFormat
{
    Table,
    Jsonl,
    Csv,
}
