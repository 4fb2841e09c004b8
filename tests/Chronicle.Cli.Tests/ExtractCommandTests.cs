namespace Chronicle.Cli.Tests;

public class ExtractCommandTests
{
    [Fact]
    public void Extract_as_jsonl_prints_no_event_rows_until_events_are_coded_and_says_what_it_found()
    {
        var run = CliRun.Of("extract", RepoPaths.SampleDispatch);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("1 article(s), 3 stories", run.Error);
    }

    [Fact]
    public void Extract_as_a_table_shows_the_sentences_of_each_story()
    {
        var run = CliRun.Of("extract", RepoPaths.SampleDispatch, "--format", "table");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Wadi Halfa", run.Out);
        Assert.Contains("Lodwar", run.Out);
    }
}
