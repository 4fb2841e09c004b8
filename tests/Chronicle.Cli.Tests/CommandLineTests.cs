namespace Chronicle.Cli.Tests;

public class CommandLineTests
{
    [Theory]
    [InlineData("ingest")]
    [InlineData("articles")]
    [InlineData("show")]
    [InlineData("search")]
    [InlineData("extract")]
    public void Every_command_has_help_with_an_example(string command)
    {
        var run = CliRun.Of(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Example", run.Out);
        Assert.Contains("chronicle " + command, run.Out);
    }

    [Fact]
    public void An_unknown_flag_fails_with_a_message_and_no_stack_trace()
    {
        var run = CliRun.Of("articles", "--no-such-flag");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--no-such-flag", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void A_store_path_that_is_not_a_database_fails_with_a_message_and_no_stack_trace()
    {
        using var dir = new ScratchDir();
        var notADatabase = dir.Write("notes.db", "These are notes, not a database. They are long enough to fill a header page of SQLite with text.");

        var run = CliRun.Of("articles", "--db", notADatabase);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error:", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }
}
