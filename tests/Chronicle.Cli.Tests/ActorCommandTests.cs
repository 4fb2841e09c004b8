using System.Text.Json;

namespace Chronicle.Cli.Tests;

public class ActorCommandTests
{
    [Fact]
    public void Actors_prints_one_contract_record_per_mention()
    {
        var run = CliRun.Of("actors", RepoPaths.SampleDispatch, "--date", "2024-11-20");

        Assert.Equal(0, run.ExitCode);
        var records = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(records);
        foreach (var name in new[] { "article", "story", "sentence", "sentence_text", "start", "end", "text", "code", "country", "sector", "name", "via" })
            Assert.All(records, r => Assert.True(r.TryGetProperty(name, out _), $"no '{name}' in {r}"));
        var sorour = records.First(r => r.GetProperty("text").GetString() == "Nabil Sorour");
        Assert.Equal("EGYGOV", sorour.GetProperty("code").GetString());
        Assert.Equal("EGY", sorour.GetProperty("country").GetString());
        Assert.Equal("GOV", sorour.GetProperty("sector").GetString());
        Assert.Equal("context", sorour.GetProperty("via").GetString());
        Assert.Contains(records, r => r.GetProperty("via").GetString() == "coreference");
    }

    [Fact]
    public void Actor_offsets_point_at_the_mention_in_its_sentence()
    {
        var run = CliRun.Of("actors", RepoPaths.SampleDispatch);

        foreach (var record in run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement))
        {
            var length = record.GetProperty("end").GetInt32() - record.GetProperty("start").GetInt32();
            Assert.Equal(record.GetProperty("text").GetString()!.Length, length);
            Assert.Contains(record.GetProperty("text").GetString()!, record.GetProperty("sentence_text").GetString()!);
        }
    }

    [Fact]
    public void Actor_explains_a_dictionary_name_and_its_dated_roles()
    {
        var run = CliRun.Of("actor", "Ban Ki-moon", "--date", "2010-06-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("IGOUNO", run.Out);
        Assert.Contains("from the dictionary", run.Out);
    }

    [Fact]
    public void Actor_explains_a_phrase_coded_from_its_words()
    {
        var run = CliRun.Of("actor", "Kenyan police");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("not a name in the dictionaries", run.Out);
        Assert.Contains("KENCOP", run.Out);
    }

    [Fact]
    public void A_dictionary_folder_that_is_missing_is_an_error_naming_it()
    {
        var run = CliRun.Of("actors", RepoPaths.SampleDispatch, "--dictionaries", "/no/such/folder");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/no/such/folder", run.Error);
    }

    [Fact]
    public void User_dictionaries_extend_the_built_in_knowledge()
    {
        using var scratch = new ScratchDir();
        scratch.Write("dict/Local.actors.txt", "NABIL_SOROUR_ [EGYELI]\n");

        var run = CliRun.Of("actors", RepoPaths.SampleDispatch, "--dictionaries", scratch.File("dict"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"text\":\"Nabil Sorour\"", run.Out);
        Assert.Contains("\"code\":\"EGYELI\"", run.Out);
        Assert.Contains("dictionaries: 1 actors", run.Error);
    }
}
