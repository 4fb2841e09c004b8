using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Chronicle.Articles;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Chronicle.Bench;

/// <summary>
/// The parts of bench/queue.sh (which times 1, 2 and 4 `chronicle worker` processes on one queue) that
/// need the library:
/// <c>queue make N FILE</c> writes N synthetic news articles (1-3 paragraphs each) as JSONL;
/// <c>queue costs FILE [SAMPLE]</c> analyzes, then stores, the first SAMPLE of them on one thread and
/// prints the milliseconds each takes per article (the store with 1, 4, 16 and 64 articles a transaction),
/// the store's share being the part workers must take in turn (SQLite has one writer at a time);
/// <c>queue wait N DB...</c> waits until the stores (files or postgresql:// URLs) hold N articles in all (polling a count, which costs the
/// workers next to nothing) and prints the rate the middle 80% of them were stored at (by their ingest times).
/// </summary>
internal static class QueueBench
{
    /// <summary>Articles per transaction that <c>costs</c> times the store with (a worker's <c>--store-batch</c>).</summary>
    private static readonly int[] StoreBatches = [1, 4, 16, 64];

    public static int Run(string[] args) => args switch
    {
        ["make", var count, var file] => Make(int.Parse(count, CultureInfo.InvariantCulture), file),
        ["costs", var file] => Costs(file, 300),
        ["costs", var file, var sample] => Costs(file, int.Parse(sample, CultureInfo.InvariantCulture)),
        ["wait", var count, .. var dbs] when dbs.Length > 0 => Wait(int.Parse(count, CultureInfo.InvariantCulture), dbs),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("usage: Chronicle.Bench queue make N FILE | queue costs FILE [SAMPLE] | queue wait N DB...");
        return 2;
    }

    private static int Make(int count, string file)
    {
        using var writer = new StreamWriter(file);
        for (var i = 1; i <= count; i++)
        {
            var text = SyntheticNews.Generate(seed: i, paragraphs: 1 + i % 3);
            writer.WriteLine(JsonSerializer.Serialize(new { id = $"q{i:00000}", text, date = "2024-03-01" }));
        }

        Console.WriteLine($"{count:N0} articles written to {file}");
        return 0;
    }

    private static int Costs(string file, int sample)
    {
        var articles = File.ReadLines(file).Take(sample).Select((line, i) =>
        {
            var json = JsonDocument.Parse(line).RootElement;
            return new RawArticle { Id = json.GetProperty("id").GetString(), Text = json.GetProperty("text").GetString()!, Location = new InputLocation(file, i + 1) };
        }).ToList();
        var pipeline = ArticlePipeline.CreateDefault();
        foreach (var article in articles.Take(20))
            pipeline.Analyze(article);

        var analyzing = Stopwatch.StartNew();
        var analyzed = articles.Select(pipeline.Analyze).ToList();
        analyzing.Stop();

        var analyze = analyzing.Elapsed.TotalMilliseconds / articles.Count;
        Console.WriteLine($"{articles.Count} articles, {analyzed.Sum(a => a.SentenceCount) / (double)articles.Count:F1} sentences each: " +
            $"analyze {analyze:F2} ms per article on one thread");
        foreach (var batch in StoreBatches)
        {
            var write = StoreTime(analyzed, batch) / articles.Count;
            Console.WriteLine($"  store, {batch} article(s) a transaction: {write:F2} ms per article ({write / (analyze + write):P1} of the work)");
        }

        return 0;
    }

    /// <summary>Milliseconds to store <paramref name="analyzed"/> in a fresh SQLite file, <paramref name="batch"/> articles a transaction.</summary>
    private static double StoreTime(List<AnalyzedArticle> analyzed, int batch)
    {
        var db = Path.Combine(Path.GetTempPath(), $"chronicle-queue-costs-{Guid.NewGuid():N}.db");
        try
        {
            using var store = ArticleStores.Open(db);
            var storing = Stopwatch.StartNew();
            foreach (var chunk in analyzed.Chunk(batch))
                store.StoreAll(chunk);
            return storing.Elapsed.TotalMilliseconds;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { db, db + "-wal", db + "-shm" })
                File.Delete(path);
        }
    }

    private static int Wait(int count, string[] dbs)
    {
        while (dbs.Sum(Count) < count)
            Thread.Sleep(200);
        // The middle 80%: the first articles come while the last worker is still starting, the last while
        // some workers have nothing left to do; neither says how fast the workers go together.
        var times = dbs.SelectMany(IngestTimes).Order().ToList();
        var (first, last) = (times.Count / 10, times.Count - 1 - (times.Count / 10));
        var seconds = (times[last] - times[first]).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"articles {first + 1}-{last + 1} of {times.Count} stored in {seconds:F2} s: {(last - first) / seconds:F1} articles/s"));
        return 0;
    }

    private static List<DateTimeOffset> IngestTimes(string db)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ingested_at FROM articles";
        using var reader = command.ExecuteReader();
        var times = new List<DateTimeOffset>();
        while (reader.Read())
            times.Add(DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture));
        return times;
    }

    private static long Count(string db)
    {
        if (!ArticleStores.MayExist(db))
            return 0;
        try
        {
            using var connection = Open(db);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM articles";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (DbException)
        {
            return 0; // The first worker is still creating the schema.
        }
    }

    private static DbConnection Open(string db)
    {
        DbConnection connection = ArticleStores.IsServerUrl(db)
            ? new NpgsqlConnection(PostgresUrl.ToConnectionString(db))
            : new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }
}
