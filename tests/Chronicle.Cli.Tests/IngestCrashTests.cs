using System.Text.Json;

namespace Chronicle.Cli.Tests;

/// <summary>
/// `chronicle ingest` killed with SIGKILL part-way leaves a sound store: every article in it whole, and a
/// second run stores the rest, each exactly once. Articles are written many to a transaction, each whole;
/// this holds that to account against a real process and a real file.
/// </summary>
public sealed class IngestCrashTests : IDisposable
{
    private const int Articles = 60;

    /// <summary>Kill after at least this many articles are stored, then run again: early, midway and late.</summary>
    private static readonly int[] KillAfter = [1, 20, 45];

    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    private static readonly string[] Actors =
    [
        "Iranian Foreign Minister Hossein Amir-Abdollahian", "Iraqi Prime Minister Mohammed Shia al-Sudani", "Bahraini police",
        "Yemeni officials", "U.S. officials", "the United Nations", "Saudi Arabia", "Israeli troops",
    ];

    private static readonly string[] Verbs = ["met", "criticized", "accused", "thanked", "warned", "urged", "visited", "condemned", "attacked", "praised"];

    private static readonly string[] Places = ["Baghdad", "Tehran", "Manama", "Aden", "Beirut", "Riyadh"];

    private static readonly string[] Days = ["on Monday", "on Tuesday", "last week", "in January 2020", "since September 24th last year"];

    private readonly ScratchDir _dir = new();

    [Fact]
    public void A_store_killed_mid_ingest_is_sound_and_a_rerun_stores_the_rest_exactly_once()
    {
        var input = _dir.Write("news.jsonl", string.Join('\n', Enumerable.Range(0, Articles).Select(ArticleLine)));
        var expected = Ingest(input, _dir.File("reference.db"));
        Assert.Equal(Articles, expected.Count);
        Assert.Contains(expected.Values, rows => !rows.Contains("events 0", StringComparison.Ordinal));

        var db = _dir.File("killed.db");
        foreach (var threshold in KillAfter)
        {
            KillOnceStored(input, db, threshold);
            using var audit = new StoreAudit(db);
            Assert.Empty(audit.Problems());
            Assert.Empty(audit.Incomplete());
            var stored = audit.RowsPerArticle();
            Assert.InRange(stored.Count, threshold, Articles);
            // Whole articles only: each one stored has every row the uninterrupted run gave it.
            Assert.All(stored, article => Assert.Equal(expected[article.Key], article.Value));
        }

        var before = StoreAudit.TryCountArticles(db)!.Value;
        var rerun = ChronicleProcess.Start("ingest", input, "--db", db);
        Assert.True(rerun.WaitForExit(RunLimit), "the rerun did not finish:\n" + rerun.Output);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"ingest: {Articles - before} stored, {before} already stored, 0 failed", rerun.Output, StringComparison.Ordinal);
        using var final = new StoreAudit(db);
        Assert.Empty(final.Problems());
        Assert.Equal(expected, final.RowsPerArticle());
    }

    public void Dispose() => _dir.Dispose();

    /// <summary>Ingests <paramref name="input"/> to the end into <paramref name="db"/>, and returns the rows of each article stored.</summary>
    private static Dictionary<string, string> Ingest(string input, string db)
    {
        using var run = ChronicleProcess.Start("ingest", input, "--db", db);
        Assert.True(run.WaitForExit(RunLimit), "ingest did not finish:\n" + run.Output);
        Assert.True(run.ExitCode == 0, run.Output);
        using var audit = new StoreAudit(db);
        return audit.RowsPerArticle();
    }

    /// <summary>Runs ingest and kills it with SIGKILL as soon as the store holds <paramref name="threshold"/> articles.</summary>
    private static void KillOnceStored(string input, string db, int threshold)
    {
        using var run = ChronicleProcess.Start("ingest", input, "--db", db);
        var polling = System.Diagnostics.Stopwatch.StartNew();
        while (!(StoreAudit.TryCountArticles(db) >= threshold))
        {
            Assert.False(run.HasExited, $"ingest ended before {threshold} articles were stored:\n{run.Output}");
            Assert.True(polling.Elapsed < RunLimit, $"ingest stored fewer than {threshold} articles in {RunLimit}:\n{run.Output}");
            Thread.Sleep(5);
        }

        run.Kill();
        Assert.DoesNotContain($"ingest: ", run.Output, StringComparison.Ordinal);
    }

    /// <summary>One article: a headline and sentences with actors, verbs, places and dates, so that every table gets rows.</summary>
    private static string ArticleLine(int i)
    {
        var random = new Random(i);
        var sentences = Enumerable.Range(0, 6).Select(_ =>
            $"{Pick(random, Actors)} {Pick(random, Verbs)} {Pick(random, Actors)} in {Pick(random, Places)} {Pick(random, Days)}.");
        var text = $"Talks and tensions, report {i}\n\n{string.Join(' ', sentences)}\n\nOfficials said report {i} was final.";
        return JsonSerializer.Serialize(new { id = $"c{i}", text, date = "2024-03-05" });
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
