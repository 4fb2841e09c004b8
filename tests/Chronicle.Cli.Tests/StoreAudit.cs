using Microsoft.Data.Sqlite;

namespace Chronicle.Cli.Tests;

/// <summary>
/// Reads an embedded store file straight through SQLite, below Chronicle's own code: whether the file is
/// sound, and what each stored article has in every table that hangs off it.
/// </summary>
internal sealed class StoreAudit : IDisposable
{
    /// <summary>Every table whose rows belong to one article, through its article_id.</summary>
    private static readonly string[] ArticleTables =
        ["blocks", "stories", "sentences", "entities", "mentions", "events", "time_expressions", "place_mentions"];

    private readonly SqliteConnection _connection;

    public StoreAudit(string path)
    {
        // Read-write: opening a store left by a killed process replays its write-ahead log, as Chronicle's next open would.
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        _connection.Open();
    }

    /// <summary>The number of stored articles, or null while there is no store yet (or it is not yet readable).</summary>
    public static int? TryCountArticles(string path)
    {
        if (!File.Exists(path))
            return null;
        try
        {
            using var audit = new StoreAudit(path);
            return (int)audit.Scalar("SELECT count(*) FROM articles");
        }
        catch (SqliteException)
        {
            // Not yet created, or its schema not yet committed.
            return null;
        }
    }

    /// <summary>What SQLite's own checks find wrong with the file, the full-text index and the foreign keys; empty when nothing.</summary>
    public List<string> Problems()
    {
        var problems = Rows("PRAGMA integrity_check").Where(r => r != "ok").ToList();
        problems.AddRange(Rows("PRAGMA foreign_key_check").Select(r => "foreign key: " + r));
        try
        {
            using var command = Command("INSERT INTO stories_fts (stories_fts) VALUES ('integrity-check')");
            command.ExecuteNonQuery();
        }
        catch (SqliteException e)
        {
            problems.Add("full-text index: " + e.Message);
        }

        return problems;
    }

    /// <summary>Each stored article's id, with how many rows it has in each of its tables ("stories 3, sentences 41, ...").</summary>
    public Dictionary<string, string> RowsPerArticle()
    {
        var counts = string.Join(" || ', ' || ", ArticleTables.Select(t => $"'{t} ' || (SELECT count(*) FROM {t} WHERE article_id = a.id)"));
        using var command = Command($"SELECT a.id, {counts} FROM articles a");
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<string, string>();
        while (reader.Read())
            rows.Add(reader.GetString(0), reader.GetString(1));
        return rows;
    }

    /// <summary>Stories without a sentence, and articles without a story: what a half-written article would leave.</summary>
    public List<string> Incomplete() => Rows(
        """
        SELECT 'article ' || a.id || ' has no story' FROM articles a WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.article_id = a.id)
        UNION ALL
        SELECT 'story ' || s.article_id || '/' || s.idx || ' has no sentence' FROM stories s
        WHERE NOT EXISTS (SELECT 1 FROM sentences t WHERE t.article_id = s.article_id AND t.story = s.idx)
        """);

    public void Dispose() => _connection.Dispose();

    private long Scalar(string sql)
    {
        using var command = Command(sql);
        return (long)command.ExecuteScalar()!;
    }

    private List<string> Rows(string sql)
    {
        using var command = Command(sql);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString())));
        return rows;
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
