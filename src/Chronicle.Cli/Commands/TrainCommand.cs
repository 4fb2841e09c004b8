using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Chronicle.Encoders;
using Chronicle.Tagging;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle train pos|ner`: trains a tagger model from CoNLL-style files.</summary>
internal static class TrainCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("train", "Train a part-of-speech or named-entity tagger on CoNLL-style data, word clusters for it, or fuse a fine-tuned encoder with it.");
        command.Add(Create(console, ModelKind.PartOfSpeech, "pos", "chronicle train pos --train ../shared/data/ner/ontonotes5/onto.train.bio.gz --dev ../shared/data/ner/ontonotes5/onto.development.bio.gz --out models/pos.chtag"));
        command.Add(Create(console, ModelKind.Entities, "ner", "chronicle train ner --train ../shared/data/ner/conll2003/eng.train --dev ../shared/data/ner/conll2003/eng.testa --out models/conll.chtag"));
        command.Add(TrainClustersCommand.Create(console));
        command.Add(TrainFuseCommand.Create(console));
        return command;
    }

    private static Command Create(CliConsole console, ModelKind kind, string name, string example)
    {
        var train = new Option<string>("--train") { Description = "Training data: token first, tag in the POS column (pos) or last column (ner).", Required = true, HelpName = "FILE" };
        var dev = new Option<string>("--dev") { Description = "Development data: the epoch that scores best on it is kept.", Required = true, HelpName = "FILE" };
        var output = new Option<string>("--out") { Description = "Where to write the model.", Required = true, HelpName = "MODEL" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffling: the same seed gives the same model bytes.", DefaultValueFactory = _ => 1 };
        var minCount = new Option<int>("--min-count") { Description = "Drop features seen fewer times than this in training.", DefaultValueFactory = _ => 1 };
        var minWeight = new Option<float>("--min-weight") { Description = "Keep only averaged weights at least this large in magnitude (smaller, faster models).", DefaultValueFactory = _ => 0.5f };
        var accurate = new Option<bool>("--accurate") { Description = "Add MiniLM token states as features (slower, more accurate)." };
        var vectorLength = new Option<float>("--vector-length") { Description = "With --accurate: the length token vectors are scaled to, i.e. their weight against the binary features.", DefaultValueFactory = _ => 4f };
        var vectorCache = new Option<string?>("--vector-cache") { Description = "With --accurate: keep the encoded token vectors in this folder and reuse them on the next run over the same data.", HelpName = "DIR" };
        var stack = new Option<int>("--stack") { Description = "Stack two taggers: the second reads the first's tags, which are jackknifed over this many folds of the training data (0: one tagger).", HelpName = "FOLDS" };
        var tokenClustersOnly = new Option<bool>("--token-clusters-only") { Description = "With --clusters: only each token's own classes, not its neighbours' (faster tagging: the token's features are cached per word)." };
        var clusters = new Option<string?>("--clusters") { Description = "A word cluster file (from `chronicle train clusters`): the classes of each token and its neighbours become features, and the model keeps them.", HelpName = "FILE" };
        var posModel = new Option<string>("--pos-model") { Description = "The POS model whose tags are entity features.", DefaultValueFactory = _ => "pos", HelpName = "MODEL" };
        var command = new Command(name, CommonOptions.Describe(
            kind == ModelKind.PartOfSpeech ? "Train a POS tagger (Penn tags)." : "Train a named-entity tagger (IOB1 or IOB2 input; BILOU inside).",
            example));
        command.Add(train);
        command.Add(dev);
        command.Add(output);
        command.Add(epochs);
        command.Add(seed);
        command.Add(minCount);
        command.Add(minWeight);
        command.Add(clusters);
        command.Add(tokenClustersOnly);
        if (kind == ModelKind.PartOfSpeech)
            command.Add(stack);
        if (kind == ModelKind.Entities)
        {
            command.Add(posModel);
            command.Add(accurate);
            command.Add(vectorCache);
            command.Add(vectorLength);
        }

        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var pos = kind == ModelKind.Entities ? ModelCatalog.Load(parse.GetValue(posModel)!) : null;
            var trainData = TrainingData.Load(parse.GetValue(train)!, kind);
            var devData = TrainingData.Load(parse.GetValue(dev)!, kind);
            var folds = parse.GetValue(stack);
            if (folds is < 0 or 1 || folds > trainData.Count)
            {
                console.ReportError($"train {name}: --stack takes 0 (one tagger) or 2 to {trainData.Count} folds (the training sentences), not {folds}");
                return 1;
            }

            var features = kind == ModelKind.PartOfSpeech ? folds > 0 ? FeatureOptions.StackedPartOfSpeech : FeatureOptions.PartOfSpeech
                : parse.GetValue(accurate) ? FeatureOptions.AccurateEntities : FeatureOptions.Entities;
            var clusterFile = parse.GetValue(clusters);
            var wordClusters = clusterFile is null ? null : WordClusters.Read(clusterFile);
            features = features with { UseClusters = wordClusters is not null, TokenClustersOnly = wordClusters is not null && parse.GetValue(tokenClustersOnly) };
            var options = new TrainingOptions(kind, features, parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(minCount), parse.GetValue(minWeight), parse.GetValue(vectorLength), wordClusters);
            using var encoder = features.UseVectors ? new MiniLmEncoder() : null;
            ITokenVectors? vectors = encoder is not null && parse.GetValue(vectorCache) is { } cache ? new TokenVectorCache(encoder, cache, "all-MiniLM-L6") : encoder;
            var devVectors = vectors?.Encode([.. devData.Select(s => (IReadOnlyList<string>)s.Tokens)]);
            Func<SequenceModel, double> devScore = m => TaggerEvaluation.Score(m, devData, pos, devVectors);
            var model = folds > 0
                ? new StackedTrainer(options, folds, console.Note).Train(trainData, devScore)
                : new PerceptronTrainer(options, console.Note, vectors).Train(trainData, devScore, pos is null ? null : s => pos.Tag(s.Tokens));
            var score = TaggerEvaluation.Score(model, devData, pos, devVectors);
            model = model.WithMetadata(new Dictionary<string, string>
            {
                ["train"] = Path.GetFileName(parse.GetValue(train)!),
                ["dev"] = Path.GetFileName(parse.GetValue(dev)!),
                ["dev_score"] = score.ToString("F4", CultureInfo.InvariantCulture),
                ["min_count"] = options.MinFeatureCount.ToString(CultureInfo.InvariantCulture),
                ["min_weight"] = options.PruneBelow.ToString(CultureInfo.InvariantCulture),
                ["stack_folds"] = folds.ToString(CultureInfo.InvariantCulture),
            });
            if (clusterFile is not null)
                model = model.WithMetadata([new("clusters", Path.GetFileName(clusterFile))]);
            ModelFile.Save(model, parse.GetValue(output)!);
            console.Note($"train {name}: dev {(kind == ModelKind.PartOfSpeech ? "accuracy" : "F1")} {score:P2}, epoch {model.Metadata["epochs"]}, {model.FeatureCount} features, {model.WeightCount} weights, {clock.Elapsed.TotalSeconds:F0} s -> {parse.GetValue(output)}");
            return 0;
        });
        return command;
    }
}
