namespace Chronicle.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly ScratchDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string GoodArticle = "Dockers strike in port city\n\nDock workers in the port city walked out on Monday over unpaid wages.\nThe port authority said talks would resume on Wednesday.\n";

    [Fact]
    public void The_seed_ingested_twice_is_one_article_with_three_stories()
    {
        var db = _dir.File("x.db");

        Assert.Equal(0, CliRun.Of("ingest", RepoPaths.SeedDispatch, "--db", db).ExitCode);
        var second = CliRun.Of("ingest", RepoPaths.SeedDispatch, "--db", db);
        var listed = CliRun.Of("articles", "--db", db, "--format", "jsonl").JsonLines();

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("already stored", second.Error);
        var article = Assert.Single(listed);
        Assert.Equal(3, article.GetProperty("stories").GetInt32());
        Assert.Equal("en", article.GetProperty("language").GetString());
        Assert.True(article.GetProperty("sentences").GetInt32() > 40);
    }

    [Fact]
    public void A_binary_file_fails_by_name_and_the_good_file_beside_it_is_stored()
    {
        var junk = _dir.Write("junk.bin", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        var good = _dir.Write("good.txt", GoodArticle);
        var db = _dir.File("y.db");

        var run = CliRun.Of("ingest", junk, good, "--db", db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("junk.bin", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        var article = Assert.Single(CliRun.Of("articles", "--db", db, "--format", "jsonl").JsonLines());
        Assert.Equal("Dockers strike in port city", article.GetProperty("title").GetString());
    }

    [Fact]
    public void A_malformed_jsonl_line_is_named_and_the_other_lines_are_stored()
    {
        var jsonl = _dir.Write("feed.jsonl",
            "{\"id\": \"a1\", \"text\": \"Farmers blocked a highway on Friday.\", \"date\": \"2024-05-03\"}\n" +
            "{\"id\": \"a2\", \"text\": \n" +
            "{\"id\": \"a3\", \"text\": \"The council approved a new budget on Tuesday.\"}\n");
        var db = _dir.File("j.db");

        var run = CliRun.Of("ingest", jsonl, "--db", db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("feed.jsonl:2", run.Error);
        var ids = CliRun.Of("articles", "--db", db, "--format", "jsonl").JsonLines().Select(a => a.GetProperty("id").GetString()).Order();
        Assert.Equal(["a1", "a3"], ids);
    }

    [Fact]
    public void Stdin_is_read_when_the_source_is_a_dash()
    {
        var db = _dir.File("s.db");

        var run = CliRun.WithStdin(GoodArticle, "ingest", "-", "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.Single(CliRun.Of("articles", "--db", db, "--format", "jsonl").JsonLines());
    }

    [Fact]
    public void A_french_article_is_stored_flagged_and_not_annotated()
    {
        var french = _dir.Write("fr.txt", "Grève dans le port\n\nLes dockers du port se sont mis en grève lundi pour réclamer des salaires impayés.\nLes négociations reprendront mercredi, selon la direction du port.\n");
        var db = _dir.File("fr.db");

        var run = CliRun.Of("ingest", french, "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("not annotated", run.Error);
        var article = Assert.Single(CliRun.Of("articles", "--db", db, "--format", "jsonl").JsonLines());
        Assert.Equal("fr", article.GetProperty("language").GetString());
        Assert.Equal(0, article.GetProperty("sentences").GetInt32());
    }

    [Fact]
    public void The_date_option_fills_in_a_missing_article_date()
    {
        var good = _dir.Write("good.txt", GoodArticle);
        var db = _dir.File("d.db");

        CliRun.Of("ingest", good, "--db", db, "--date", "2024-05-06");

        var article = Assert.Single(CliRun.Of("articles", "--db", db, "--format", "jsonl").JsonLines());
        Assert.Equal("2024-05-06", article.GetProperty("date").GetString());
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        var run = CliRun.Of("ingest", _dir.File("nowhere.txt"), "--db", _dir.File("m.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nowhere.txt", run.Error);
    }
}
