using System.Net.Http.Json;
using System.Text.Json;

namespace Chronicle.Web.Tests;

/// <summary>Reads API answers as JSON elements, failing with the body when the status is not the one expected.</summary>
internal static class Json
{
    public static async Task<JsonElement> Get(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> Read(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();

    public static List<JsonElement> Items(this JsonElement array) => [.. array.EnumerateArray()];

    public static string? Str(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
