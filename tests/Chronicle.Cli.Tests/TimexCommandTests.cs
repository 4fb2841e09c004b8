namespace Chronicle.Cli.Tests;

/// <summary>`chronicle timex FILE.jsonl` (DESIGN's contract): one line out per good line in, bad lines reported by file and line.</summary>
public sealed class TimexCommandTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"chronicle-timex-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Prints_the_time_expressions_of_each_line_and_reports_a_malformed_one()
    {
        File.WriteAllLines(_path,
        [
            """{"id": "a", "text": "The envoys met on Thursday and will return every Friday.", "dct": "2023-02-24"}""",
            """{"id": "b", "text": "unclosed""",
            """{"id": "c", "text": "Fighting broke out in January 2020 and lasted two years.", "dct": "2023-02-24"}""",
            """{"id": "d", "text": "No date here.", "dct": "24/02/2023"}""",
        ]);

        var run = CliRun.Of("timex", _path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{_path}:2:", run.Error);
        Assert.Contains($"{_path}:4:", run.Error);
        var lines = run.JsonLines();
        Assert.Equal(["a", "c"], lines.Select(l => l.GetProperty("id").GetString()));
        var first = lines[0].GetProperty("timex").EnumerateArray().ToList();
        Assert.Equal(2, first.Count);
        Assert.Equal(("DATE", "2023-02-23"), (first[0].GetProperty("type").GetString(), first[0].GetProperty("value").GetString()));
        Assert.Equal((18, 26), (first[0].GetProperty("start").GetInt32(), first[0].GetProperty("end").GetInt32()));
        Assert.Equal(("SET", "XXXX-WXX-5"), (first[1].GetProperty("type").GetString(), first[1].GetProperty("value").GetString()));
        var second = lines[1].GetProperty("timex").EnumerateArray().Select(t => t.GetProperty("value").GetString()).ToList();
        Assert.Equal(["2020-01", "P2Y"], second);
    }

    [Fact]
    public void Reads_standard_input()
    {
        var run = CliRun.WithStdin("""{"id": 7, "text": "They left yesterday.", "dct": "2023-02-24"}""" + "\n", "timex", "-");

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.JsonLines());
        Assert.Equal("7", line.GetProperty("id").GetString());
        Assert.Equal("2023-02-23", line.GetProperty("timex")[0].GetProperty("value").GetString());
    }
}
