using System.Text.Json;
using Chronicle.Export;

namespace Chronicle.Cli.Output;

/// <summary>Writes one JSON object a line in the contract's JSON (<see cref="ContractJson"/>).</summary>
internal static class JsonLines
{
    public static void Write<T>(TextWriter writer, T record) => writer.WriteLine(JsonSerializer.Serialize(record, ContractJson.Options));
}
