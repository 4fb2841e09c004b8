namespace Chronicle.Cli.Tests;

public sealed class GeocodeCommandTests : IDisposable
{
    private readonly ScratchDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Geocode_resolves_given_names_and_reports_a_malformed_line_by_number()
    {
        var input = _dir.Write("mentions.jsonl",
            """
            {"id": "a", "text": "Troops left Baghdad for Basra.", "mentions": [{"start": 12, "end": 19}, {"start": 24, "end": 29}]}
            {"id": "b", "text": "broken", "mentions": [
            {"id": "c", "text": "Talks in Qwxrtzville ended.", "mentions": [{"start": 9, "end": 20}]}
            {"id": "d", "text": "Short.", "mentions": [{"start": 2, "end": 40}]}
            """);

        var run = CliRun.Of("geocode", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{input}:2:", run.Error);
        Assert.Contains($"{input}:4:", run.Error);
        var lines = run.JsonLines();
        Assert.Equal(["a", "c"], lines.Select(l => l.GetProperty("id").GetString()));
        var baghdad = lines[0].GetProperty("mentions")[0];
        Assert.Equal(12, baghdad.GetProperty("start").GetInt32());
        Assert.Equal("Baghdad", baghdad.GetProperty("name").GetString());
        Assert.Equal(98182, baghdad.GetProperty("geonameid").GetInt64());
        Assert.Equal("IRQ", baghdad.GetProperty("country").GetString());
        Assert.InRange(baghdad.GetProperty("lat").GetDouble(), 33, 34);
        Assert.Equal("IRQ", lines[0].GetProperty("mentions")[1].GetProperty("country").GetString());
        var unknown = lines[1].GetProperty("mentions")[0];
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unknown.GetProperty("geonameid").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unknown.GetProperty("lat").ValueKind);
    }

    [Fact]
    public void Gazetteer_import_of_a_missing_file_is_an_error()
    {
        var run = CliRun.Of("gazetteer", "import", _dir.File("none.txt"), "--out", _dir.File("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("none.txt", run.Error);
    }
}
