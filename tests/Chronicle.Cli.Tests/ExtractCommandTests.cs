using System.Text.Json;

namespace Chronicle.Cli.Tests;

public class ExtractCommandTests
{
    [Fact]
    public void Extract_as_jsonl_prints_one_contract_record_per_event()
    {
        var run = CliRun.Of("extract", RepoPaths.SampleDispatch, "--date", "2024-11-20");

        Assert.Equal(0, run.ExitCode);
        var events = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(events);
        foreach (var name in new[] { "article", "story", "sentence", "text", "source", "target", "cameo", "plover", "goldstein", "quad", "date", "date_precision", "date_text", "place", "confidence" })
            Assert.All(events, e => Assert.True(e.TryGetProperty(name, out _), $"no '{name}' in {e}"));
        // An event with no time expression of its own takes the article's date; "detained ... on Monday" the Monday before it.
        Assert.All(events.Where(e => e.GetProperty("date_text").ValueKind == JsonValueKind.Null), e => Assert.Equal("2024-11-20", e.GetProperty("date").GetString()));
        Assert.Contains(events, e => e.GetProperty("cameo").GetString()!.StartsWith("17", StringComparison.Ordinal)
            && e.GetProperty("source").GetProperty("code").GetString() == "TUNCOP");
        Assert.Contains(events, e => e.GetProperty("cameo").GetString()!.StartsWith("17", StringComparison.Ordinal)
            && e.GetProperty("date").GetString() == "2024-11-18" && e.GetProperty("date_text").GetString() == "on Monday");
        Assert.Contains("1 article(s), 3 stories", run.Error);
    }

    [Fact]
    public void Extract_with_the_accurate_entity_model_codes_the_same_dispatch()
    {
        var run = CliRun.Of("extract", RepoPaths.SampleDispatch, "--format", "table", "--ner-model", "ontonotes-accurate");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("TUNCOP", run.Out);
        Assert.Contains("Gafsa", run.Out);
    }

    [Fact]
    public void Extract_with_an_unknown_entity_model_names_it()
    {
        var run = CliRun.Of("extract", RepoPaths.SampleDispatch, "--ner-model", "no-such-model");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("no-such-model", run.Error);
    }

    [Fact]
    public void Extract_as_a_table_shows_each_event_with_its_sentence()
    {
        var run = CliRun.Of("extract", RepoPaths.SampleDispatch, "--format", "table");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("TUNCOP", run.Out);
        Assert.Contains("Gafsa", run.Out);
    }

    [Fact]
    public void Extract_as_gdelt_writes_61_tab_separated_columns()
    {
        var run = CliRun.Of("extract", RepoPaths.SampleDispatch, "--date", "2024-11-20", "--format", "gdelt");

        Assert.Equal(0, run.ExitCode);
        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(61, r.Split('\t').Length));
        // SQLDATE: the article's date, or the day a time expression gives ("on Monday", "in January 2022" as its first day).
        Assert.All(rows, r => Assert.Matches("^(2024111[5-9]|20241120|20220101|20240801|20240101|20241201)$", r.Split('\t')[1]));
        Assert.Contains(rows, r => r.Split('\t')[1] == "20241118");
    }
}
