using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Chronicle.Cli.Tests;

public sealed partial class QueueCommandTests : IDisposable
{
    private readonly ScratchDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [NatsFact]
    public void Enqueue_names_the_bad_line_queues_the_rest_and_a_worker_stores_them()
    {
        using var server = new NatsServer();
        var jsonl = _dir.Write("feed.jsonl",
            "{\"id\": \"a1\", \"text\": \"Farmers blocked a highway on Friday.\", \"date\": \"2024-05-03\"}\n" +
            "{\"id\": \"a2\", \"text\": \n" +
            "{\"id\": \"a3\", \"text\": \"The council approved a new budget on Tuesday.\"}\n");
        var db = _dir.File("q.db");

        var enqueue = CliRun.Of("enqueue", jsonl, "--nats", server.Url);
        var again = CliRun.Of("enqueue", jsonl, "--nats", server.Url);
        var queued = Status(server);
        var worker = CliRun.Of("worker", "--nats", server.Url, "--db", db, "--drain");
        var done = Status(server);

        Assert.Equal(1, enqueue.ExitCode);
        Assert.Contains("feed.jsonl:2", enqueue.Error);
        Assert.Contains("2 queued", enqueue.Error);
        Assert.Contains("0 queued, 2 already queued", again.Error);
        Assert.Equal(2, queued.GetProperty("pending").GetInt32());
        Assert.Equal(0, worker.ExitCode);
        Assert.Contains("2 stored", worker.Error);
        var ids = CliRun.Of("articles", "--db", db, "--format", "jsonl").JsonLines().Select(a => a.GetProperty("id").GetString()).Order();
        Assert.Equal(["a1", "a3"], ids);
        Assert.Equal((0, 0, 2), (done.GetProperty("pending").GetInt32(), done.GetProperty("in_flight").GetInt32(), done.GetProperty("finished").GetInt32()));
    }

    [NatsFact]
    public void Status_of_a_queue_nothing_was_enqueued_to_says_so()
    {
        using var server = new NatsServer();

        var run = CliRun.Of("status", "--nats", server.Url, "--stream", "EMPTY");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no stream EMPTY", run.Error);
    }

    [Fact]
    public void Enqueue_to_a_server_that_is_not_there_fails_plainly()
    {
        var url = $"nats://127.0.0.1:{UnusedPort()}";
        var file = _dir.Write("a.txt", "Farmers blocked a highway on Friday.\n");

        var run = CliRun.Of("enqueue", file, "--nats", url);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(url, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void A_stream_name_that_cannot_be_a_subject_token_is_refused()
    {
        var run = CliRun.Of("status", "--nats", "nats://127.0.0.1:4222", "--stream", "news.today");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("not a stream name", run.Error);
    }

    /// <summary>
    /// The crash test: a worker process is killed with SIGKILL in the middle of a batch (articles stored,
    /// in flight, pulled and not yet acked); a second worker then finishes the queue. Every article must be
    /// in the store exactly once: none lost, none twice.
    /// </summary>
    [NatsFact]
    public void A_worker_killed_mid_batch_and_restarted_stores_every_article_exactly_once()
    {
        const int count = 200;
        using var server = new NatsServer();
        var jsonl = _dir.Write("batch.jsonl", Batch(count));
        var db = _dir.File("crash.db");
        // A short ack wait, so the killed worker's unacked articles come back to the second one quickly.
        string[] worker = ["worker", "--nats", server.Url, "--db", db, "--concurrency", "2", "--ack-wait", "2"];
        Assert.Equal(0, CliRun.Of("enqueue", jsonl, "--nats", server.Url).ExitCode);

        int storedAtKill;
        using (var first = ChronicleProcess.Start(worker))
        {
            WaitUntilStored(db, count / 4, first);
            first.Kill();
            storedAtKill = StoredCount(db);
        }

        using var second = ChronicleProcess.Start([.. worker, "--drain"]);
        Assert.Equal(0, second.Finish(TimeSpan.FromMinutes(3)));

        Assert.InRange(storedAtKill, count / 4, count - 1);
        var rows = RowsPerArticle(db);
        Assert.Equal(Enumerable.Range(1, count).Select(i => $"k{i:000}"), rows.Keys.Order(StringComparer.Ordinal));
        Assert.All(rows.Values, perArticle => Assert.Equal((1, 1), perArticle));
        var status = Status(server);
        Assert.Equal((0, 0, 0), (status.GetProperty("pending").GetInt32(), status.GetProperty("in_flight").GetInt32(), status.GetProperty("dead_lettered").GetInt32()));
    }

    /// <summary>
    /// SIGTERM stops a worker gracefully within the two seconds System.CommandLine allows: the articles in
    /// flight are stored or handed back (NAK: they stay "in flight" only until the next pull), none is left
    /// to wait out its ack timer (ten minutes here, longer than the test may run), and the next worker
    /// stores the rest, each article once.
    /// </summary>
    [NatsFact]
    public void A_worker_stopped_with_sigterm_leaves_nothing_in_flight()
    {
        const int count = 100;
        using var server = new NatsServer();
        var jsonl = _dir.Write("batch.jsonl", Batch(count));
        var db = _dir.File("term.db");
        // A long ack wait: an article left in flight would show in the status long after the stop.
        string[] worker = ["worker", "--nats", server.Url, "--db", db, "--concurrency", "2", "--ack-wait", "600"];
        Assert.Equal(0, CliRun.Of("enqueue", jsonl, "--nats", server.Url).ExitCode);

        int handedBack;
        using (var first = ChronicleProcess.Start(worker))
        {
            WaitUntilStored(db, 10, first);
            first.Terminate();
            Assert.Equal(0, first.Finish(TimeSpan.FromSeconds(30)));
            handedBack = int.Parse(HandedBack().Match(first.Output).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        var stopped = Status(server);
        Assert.Equal(handedBack, stopped.GetProperty("in_flight").GetInt32());
        Assert.Equal(count, stopped.GetProperty("pending").GetInt32() + handedBack + StoredCount(db));
        using var second = ChronicleProcess.Start([.. worker, "--drain"]);
        Assert.Equal(0, second.Finish(TimeSpan.FromMinutes(3)));
        Assert.Equal(count, RowsPerArticle(db).Count(row => row.Value == (1, 1)));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"worker: .* (\d+) handed back")]
    private static partial System.Text.RegularExpressions.Regex HandedBack();

    private static string Batch(int count)
    {
        var lines = new StringBuilder();
        for (var i = 1; i <= count; i++)
            lines.Append($"{{\"id\": \"k{i:000}\", \"text\": \"Police in Aden arrested {i} protesters on Monday. The governor said talks with the unions would resume in {i} days.\"}}\n");
        return lines.ToString();
    }

    private static System.Text.Json.JsonElement Status(NatsServer server)
    {
        var run = CliRun.Of("status", "--nats", server.Url, "--format", "json", "--interval", "0");
        Assert.Equal(0, run.ExitCode);
        return Assert.Single(run.JsonLines());
    }

    private static SqliteConnection OpenReadOnly(string db)
    {
        var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>Waits (three minutes at most) until the store holds <paramref name="articles"/> articles or the worker has ended.</summary>
    private static void WaitUntilStored(string db, int articles, ChronicleProcess worker)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (StoredCount(db) < articles && !worker.HasExited && DateTime.UtcNow < deadline)
            Thread.Sleep(20);
    }

    private static int StoredCount(string db)
    {
        if (!File.Exists(db))
            return 0;
        try
        {
            using var connection = OpenReadOnly(db);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM articles";
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // The worker is still creating the schema.
        }
    }

    /// <summary>For each stored article, the rows that hold its text (another row would be a second copy under another id) and its stories (one for a short article).</summary>
    private static Dictionary<string, (int Articles, int Stories)> RowsPerArticle(string db)
    {
        using var connection = OpenReadOnly(db);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.id, (SELECT COUNT(*) FROM articles b WHERE b.text = a.text), (SELECT COUNT(*) FROM stories s WHERE s.article_id = a.id)
            FROM articles a
            """;
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<string, (int, int)>();
        while (reader.Read())
            rows.Add(reader.GetString(0), (reader.GetInt32(1), reader.GetInt32(2)));
        return rows;
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
