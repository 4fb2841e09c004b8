namespace Chronicle.Cli.Tests;

public sealed class QueryCommandTests : IDisposable
{
    private readonly ScratchDir _dir = new();
    private readonly string _db;

    public QueryCommandTests()
    {
        _db = _dir.File("sample.db");
        Assert.Equal(0, CliRun.Of("ingest", RepoPaths.SampleDispatch, "--db", _db).ExitCode);
    }

    public void Dispose() => _dir.Dispose();

    private string SampleId => CliRun.Of("articles", "--db", _db, "--format", "jsonl").JsonLines()[0].GetProperty("id").GetString()!;

    [Fact]
    public void Show_prints_each_story_with_its_numbered_sentences()
    {
        var run = CliRun.Of("show", SampleId, "--db", _db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("story 0", run.Out);
        Assert.Contains("story 2", run.Out);
        Assert.Contains("caption", run.Out);
    }

    [Fact]
    public void Show_as_jsonl_gives_stories_and_sentences_with_offsets()
    {
        var article = Assert.Single(CliRun.Of("show", SampleId, "--db", _db, "--format", "jsonl").JsonLines());
        var stories = article.GetProperty("stories");

        Assert.Equal(3, stories.GetArrayLength());
        var sentence = stories[1].GetProperty("sentences")[0];
        var storyText = stories[1].GetProperty("text").GetString()!;
        Assert.Equal(storyText[sentence.GetProperty("start").GetInt32()..sentence.GetProperty("end").GetInt32()], sentence.GetProperty("text").GetString());
    }

    [Fact]
    public void Show_of_an_unknown_id_fails_with_a_message()
    {
        var run = CliRun.Of("show", "no-such-id", "--db", _db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-id", run.Error);
    }

    [Fact]
    public void Search_finds_a_story_and_marks_the_match()
    {
        var hit = Assert.Single(CliRun.Of("search", "phosphate", "--db", _db, "--format", "jsonl").JsonLines());

        Assert.Equal(1, hit.GetProperty("story").GetInt32());
        Assert.Contains("[phosphate]", hit.GetProperty("snippet").GetString());
    }

    [Fact]
    public void Search_with_fts_syntax_in_it_does_not_fail()
    {
        var run = CliRun.Of("search", "\"unbalanced AND (", "--db", _db);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Articles_as_csv_has_a_header_and_one_row()
    {
        var lines = CliRun.Of("articles", "--db", _db, "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("id,title,url,date,language,stories,sentences,events", lines[0]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void Reading_a_store_that_does_not_exist_fails_and_creates_nothing()
    {
        var missing = _dir.File("missing.db");

        var run = CliRun.Of("articles", "--db", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.False(File.Exists(missing));
    }
}
