using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chronicle.Export;

/// <summary>How records are written as JSON everywhere (JSONL output, the HTTP API): the contract's snake_case names, nulls written, not dropped.</summary>
public static class ContractJson
{
    /// <summary>Read-only, shared options.</summary>
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions());

    /// <summary>Sets the contract's naming and null handling on options another framework owns (ASP.NET Core's).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        // Text as written (non-ASCII letters, < and &) so output reads like the article; JSON is never served as HTML.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }
}
