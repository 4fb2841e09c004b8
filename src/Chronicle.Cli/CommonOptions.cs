using System.CommandLine;
using Chronicle.Articles;
using Chronicle.Cli.Output;

namespace Chronicle.Cli;

/// <summary>Options that several commands share, made fresh for each command that takes them.</summary>
internal static class CommonOptions
{
    public const string DefaultDb = "chronicle.db";

    public static Option<string> Db() => new("--db")
    {
        Description = "The store: a SQLite file (created when missing), or a postgresql://user:password@host:port/database URL.",
        DefaultValueFactory = _ => DefaultDb,
        HelpName = "PATH|URL",
    };

    public static Option<OutputFormat> Format(OutputFormat defaultFormat) => new("--format")
    {
        Description = "How to print the records: table, jsonl or csv.",
        DefaultValueFactory = _ => defaultFormat,
    };

    public static Argument<string[]> Sources() => new("SOURCE")
    {
        Description = "Files, directories (read recursively), http(s) URLs of pages or feeds, or - for stdin.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<InputFormat> InputFormat() => new("--input-format")
    {
        Description = "Read every source as this format instead of choosing by extension and content.",
        DefaultValueFactory = _ => Articles.InputFormat.Auto,
        HelpName = string.Join('|', InputFormatNames.All),
        // The enum parser knows "PetrarchXml" but not the documented "petrarch-xml".
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (InputFormatNames.TryParse(text, out var format))
                return format;
            result.AddError($"Unknown input format '{text}'; expected one of: {string.Join(", ", InputFormatNames.All)}.");
            return default;
        },
    };

    public static Option<bool> AllowPrivateNetwork() => new("--allow-private-network")
    {
        Description = "Let fetches reach loopback and private network addresses (refused by default).",
    };

    public static Option<string?> Gazetteer() => new("--gazetteer")
    {
        Description = "A gazetteer folder made by `chronicle gazetteer import`, used with the built-in places.",
        HelpName = "DIR",
    };

    /// <summary>Describes a command with an example, shown by --help.</summary>
    public static string Describe(string what, params string[] examples) =>
        what + "\n\nExample" + (examples.Length > 1 ? "s" : "") + ":\n" + string.Join('\n', examples.Select(e => "  " + e));
}
