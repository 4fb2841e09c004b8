namespace Chronicle.Cli.Tests;

/// <summary>The commands that store and read, with <c>--db</c> a postgresql:// URL: the same answers as from a SQLite file.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreCommandTests(PostgresServer server) : IDisposable
{
    private readonly ScratchDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [PostgresFact]
    public void Ingest_then_events_articles_and_search_read_the_server_as_they_read_a_file()
    {
        var url = server.CreateDatabase();
        var file = _dir.File("same.db");
        Assert.Equal(0, CliRun.Of("ingest", RepoPaths.SampleDispatch, "--db", file).ExitCode);

        var ingest = CliRun.Of("ingest", RepoPaths.SampleDispatch, "--db", url);
        var again = CliRun.Of("ingest", RepoPaths.SampleDispatch, "--db", url);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("1 stored", ingest.Error);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already stored", again.Error);
        foreach (var read in new[] { new[] { "events" }, ["events", "--actor", "Sorour"], ["events", "--query", "phosphate"], ["search", "phosphate"] })
        {
            var fromServer = CliRun.Of([.. read, "--db", url, "--format", "jsonl"]);
            Assert.Equal(0, fromServer.ExitCode);
            Assert.NotEmpty(fromServer.JsonLines());
            if (read[0] == "events")
                Assert.Equal(CliRun.Of([.. read, "--db", file, "--format", "jsonl"]).Out, fromServer.Out);
        }
        Assert.Equal(
            CliRun.Of("articles", "--db", file, "--format", "jsonl").JsonLines().Select(a => a.GetProperty("events").GetInt32()),
            CliRun.Of("articles", "--db", url, "--format", "jsonl").JsonLines().Select(a => a.GetProperty("events").GetInt32()));
    }

    [Fact]
    public void A_server_that_cannot_be_reached_fails_with_a_message_not_a_stack_trace()
    {
        // Port 1 on loopback: nothing listens there.
        var run = CliRun.Of("events", "--db", "postgresql://chronicle:secret@127.0.0.1:1/news");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("127.0.0.1", run.Error);
        Assert.DoesNotContain("secret", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void A_malformed_url_fails_with_a_message_not_a_stack_trace()
    {
        var run = CliRun.Of("events", "--db", "postgresql://chronicle:secret@127.0.0.1:5432/news?no_such_option=1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no_such_option", run.Error);
        Assert.DoesNotContain("secret", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }
}
