namespace Chronicle.Cli.Tests;

public class EvalEventsCommandTests
{
    private static readonly string SeedGold = Path.Combine(RepoPaths.Root, "bench", "gold", "seed-dispatch.events.tsv");

    [Fact]
    public void A_gold_of_the_seed_reports_how_many_of_its_events_were_found()
    {
        var run = CliRun.Of("eval", "events", "--gold", SeedGold, RepoPaths.SeedDispatch, "--date", "2023-02-24");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"gold events \d+, found \d+ \(\d+\.\d%\)", run.Out);
    }

    [Fact]
    public void A_cue_that_finds_no_sentence_is_an_error_naming_its_line()
    {
        using var scratch = new ScratchDir();
        var gold = scratch.Write("gold.tsv", "# story\tcue\tsource\tcameo\ttarget\n0\twords no sentence has\tIRNGOV\t04\tIRQ\n");

        var run = CliRun.Of("eval", "events", "--gold", gold, RepoPaths.SeedDispatch, "--date", "2023-02-24");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("gold line 2", run.Error);
    }

    [Fact]
    public void A_gold_without_its_article_says_what_is_missing()
    {
        var run = CliRun.Of("eval", "events", "--gold", SeedGold);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("SOURCE", run.Error);
    }
}
