using Chronicle.Tagging;

namespace Chronicle.Cli.Tests;

public sealed class TaggingCommandTests : IDisposable
{
    private readonly ScratchDir _dir = new();

    public void Dispose() => _dir.Dispose();

    // Our own sentences in CoNLL form: token, POS, entity tag.
    private const string Gold = """
        -DOCSTART- -X- O

        Kenya NNP B-GPE
        sent NN O
        aid NN O
        to TO O
        Turkana NNP B-GPE
        . . O

        The DT O
        World NNP B-ORG
        Food NNP I-ORG
        Programme NNP I-ORG
        agreed VBD O
        . . O
        """;

    [Fact]
    public void Tag_prints_a_token_its_pos_and_its_entity_tag_a_line()
    {
        var run = CliRun.WithStdin("The minister flew to Baghdad on Thursday.\n", "tag");

        Assert.Equal(0, run.ExitCode);
        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.All(rows, r => Assert.Equal(3, r.Length));
        Assert.Equal(["The", "DT", "O"], rows[0]);
        Assert.Equal("Baghdad", rows[4][0]);
        Assert.StartsWith("B-", rows[4][2]);
    }

    [Fact]
    public void Tag_as_jsonl_gives_sentences_with_tokens_and_entities()
    {
        var run = CliRun.WithStdin("Rain fell in Nairobi. The mayor spoke.\n", "tag", "-", "--format", "jsonl");

        var sentences = run.JsonLines();
        Assert.Equal(2, sentences.Count);
        Assert.Equal("Rain fell in Nairobi.", sentences[0].GetProperty("text").GetString());
        Assert.Equal(5, sentences[0].GetProperty("tokens").GetArrayLength());
    }

    [Fact]
    public void Ner_appends_a_tag_to_every_row_and_passes_docstart_through()
    {
        var file = _dir.Write("gold.conll", Gold);

        var run = CliRun.Of("ner", "--conll", file, "--model", "conll");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Equal("-DOCSTART- -X- O", lines[0]);
        var rows = lines.Where(l => l.Length > 0 && !l.StartsWith("-DOCSTART-")).ToList();
        Assert.Equal(12, rows.Count);
        Assert.All(rows, r => Assert.Equal(4, r.Split(' ').Length));
        Assert.Matches("^(O|[BI]-(PER|ORG|LOC|MISC))$", rows[0].Split(' ')[^1]);
    }

    [Fact]
    public void Ner_with_the_accurate_model_reads_the_fine_tuned_encoder()
    {
        var file = _dir.Write("gold.conll", Gold);

        var run = CliRun.Of("ner", "--conll", file, "--model", "ontonotes-accurate");

        Assert.Equal(0, run.ExitCode);
        var tags = run.Out.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("-DOCSTART-")).Select(l => l.Split(' ')[^1]).ToList();
        Assert.Equal(12, tags.Count);
        Assert.Equal("B-GPE", tags[0]);
        Assert.All(tags[7..10], t => Assert.EndsWith("-ORG", t));
    }

    [Fact]
    public void Eval_ner_prints_conllevals_report()
    {
        var file = _dir.Write("gold.conll", Gold);

        var run = CliRun.Of("eval", "ner", "--gold", file, "--model", "ontonotes");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("processed 12 tokens with 3 phrases;", run.Out);
        Assert.Contains("FB1:", run.Out);
    }

    [Fact]
    public void Train_pos_writes_a_model_that_eval_can_score()
    {
        var file = _dir.Write("gold.conll", Gold);
        var model = _dir.File("tiny.chtag");

        var train = CliRun.Of("train", "pos", "--train", file, "--dev", file, "--out", model, "--epochs", "3", "--min-weight", "0");
        var eval = CliRun.Of("eval", "pos", "--gold", file, "--model", model);

        Assert.Equal(0, train.ExitCode);
        Assert.True(File.Exists(model));
        Assert.Contains("accuracy: 100.00%", eval.Out);
    }

    [Fact]
    public void Train_pos_with_stack_writes_a_stacked_model_that_eval_can_score()
    {
        var file = _dir.Write("gold.conll", Gold);
        var model = _dir.File("stacked.chtag");

        var train = CliRun.Of("train", "pos", "--train", file, "--dev", file, "--out", model, "--epochs", "3", "--min-weight", "0", "--stack", "2");
        var eval = CliRun.Of("eval", "pos", "--gold", file, "--model", model);

        Assert.Equal(0, train.ExitCode);
        Assert.Contains("second pass: epoch 3", train.Error);
        Assert.True(ModelFile.Load(model).Features.UseFirstPass);
        Assert.Equal(0, eval.ExitCode);
        Assert.Contains("accuracy:", eval.Out);
    }

    [Fact]
    public void Train_pos_refuses_more_folds_than_sentences()
    {
        var run = CliRun.Of("train", "pos", "--train", _dir.Write("gold.conll", Gold), "--dev", _dir.Write("dev.conll", Gold), "--out", _dir.File("m.chtag"), "--stack", "3");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--stack", run.Error);
    }

    [Fact]
    public void Train_clusters_writes_a_cluster_file_that_train_ner_keeps_in_its_model()
    {
        var file = _dir.Write("gold.conll", Gold);
        var clusters = _dir.File("clusters.tsv");
        var model = _dir.File("ner.chtag");

        var cluster = CliRun.Of("train", "clusters", "--text", file, "--out", clusters, "--clusters", "2", "3", "--min-count", "1");
        var train = CliRun.Of("train", "ner", "--train", file, "--dev", file, "--out", model, "--epochs", "2", "--clusters", clusters);

        Assert.Equal(0, cluster.ExitCode);
        var words = File.ReadAllLines(clusters).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.Contains(words, w => w[0] == "Kenya");
        Assert.All(words, w => Assert.Equal(4, w.Length));
        Assert.Equal(0, train.ExitCode);
        Assert.True(ModelFile.Load(model).Features.UseClusters);
    }

    [Fact]
    public void A_malformed_cluster_file_is_an_error_naming_its_line()
    {
        var file = _dir.Write("gold.conll", Gold);
        var clusters = _dir.Write("bad.tsv", "Kenya\t1\t5\nTurkana\tone\t5\n");

        var run = CliRun.Of("train", "ner", "--train", file, "--dev", file, "--out", _dir.File("m.chtag"), "--epochs", "1", "--clusters", clusters);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.tsv:2", run.Error);
    }

    [Fact]
    public void A_missing_model_is_an_error_naming_it()
    {
        var run = CliRun.Of("eval", "pos", "--gold", _dir.Write("gold.conll", Gold), "--model", "no-such-model");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-model", run.Error);
    }
}
