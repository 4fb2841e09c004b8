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
}
