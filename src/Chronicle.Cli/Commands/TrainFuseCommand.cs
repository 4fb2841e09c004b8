using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Chronicle.Encoders;
using Chronicle.Tagging;

namespace Chronicle.Cli.Commands;

/// <summary>
/// `chronicle train fuse`: joins a fine-tuned MiniLM adapter (from scripts/ner/finetune_minilm.py) with a fast entity
/// model. The development data are encoded once; each candidate weight of the adapter's label log-probabilities
/// against the fast model's scores is scored on them, and the best is written into the adapter's header with the
/// fast model's name, which makes the file a shipped accurate model (models/NAME.chlora).
/// </summary>
internal static class TrainFuseCommand
{
    public static Command Create(CliConsole console)
    {
        var adapter = new Option<string>("--adapter") { Description = "The adapter the fine-tuning script wrote.", Required = true, HelpName = "FILE" };
        var model = new Option<string>("--model") { Description = "The fast entity model to fuse with (name or path; the name is recorded).", Required = true, HelpName = "MODEL" };
        var dev = new Option<string>("--dev") { Description = "Development data (CoNLL, IOB1 or IOB2) to choose the weight on.", Required = true, HelpName = "FILE" };
        var output = new Option<string>("--out") { Description = "Where to write the fused adapter.", Required = true, HelpName = "FILE" };
        var posModel = new Option<string>("--pos-model") { Description = "The POS model whose tags the fast model reads.", DefaultValueFactory = _ => "pos", HelpName = "MODEL" };
        var weights = new Option<string>("--weights") { Description = "Candidate weights of the adapter's log-probabilities, comma-separated.", DefaultValueFactory = _ => "0.5,1,1.5,2,3,4,6,8,12" };
        var command = new Command("fuse", CommonOptions.Describe(
            "Fuse a fine-tuned MiniLM adapter with a fast entity model, choosing the weight of its scores on development data.",
            "chronicle train fuse --adapter ontonotes.chlora --model ontonotes --dev ../shared/data/ner/ontonotes5/onto.development.bio.gz --out models/ontonotes-accurate.chlora"));
        command.Add(adapter);
        command.Add(model);
        command.Add(dev);
        command.Add(output);
        command.Add(posModel);
        command.Add(weights);
        command.SetAction(parse =>
        {
            if (!TryParseWeights(parse.GetValue(weights)!, out var candidates))
            {
                console.ReportError("train fuse: --weights takes positive numbers separated by commas, such as 1,2,4");
                return 1;
            }

            var lowRank = LowRankAdapter.Load(parse.GetValue(adapter)!);
            var modelName = parse.GetValue(model)!;
            var fast = ModelCatalog.Load(modelName);
            var pos = ModelCatalog.Load(parse.GetValue(posModel)!);
            var devData = TrainingData.Load(parse.GetValue(dev)!, ModelKind.Entities);
            using var scores = new EntityLabelScores(lowRank, fast.Labels);
            var devScores = scores.Encode([.. devData.Select(s => (IReadOnlyList<string>)s.Tokens)]);
            var fastF1 = TaggerEvaluation.Score(fast, devData, pos);
            console.Note($"train fuse: {modelName} alone: dev F1 {100 * fastF1:F2}");
            var (bestWeight, bestF1) = (0f, double.MinValue);
            foreach (var weight in candidates)
            {
                var f1 = TaggerEvaluation.Score(fast.WithEncoderScores(weight), devData, pos, devScores);
                console.Note($"train fuse: weight {weight.ToString(CultureInfo.InvariantCulture)}: dev F1 {100 * f1:F2}");
                if (f1 > bestF1)
                    (bestWeight, bestF1) = (weight, f1);
            }

            lowRank.Save(parse.GetValue(output)!, new Dictionary<string, JsonNode?>
            {
                ["base_model"] = modelName,
                ["fusion_weight"] = bestWeight,
                ["fusion_dev"] = Path.GetFileName(parse.GetValue(dev)!),
                ["fusion_dev_f1"] = Math.Round(100 * bestF1, 2),
                ["base_dev_f1"] = Math.Round(100 * fastF1, 2),
            });
            console.Note($"train fuse: weight {bestWeight.ToString(CultureInfo.InvariantCulture)}, dev F1 {100 * bestF1:F2} (the fast model alone {100 * fastF1:F2}) -> {parse.GetValue(output)}");
            return 0;
        });
        return command;
    }

    private static bool TryParseWeights(string text, out List<float> weights)
    {
        weights = [];
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!float.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || !(w > 0) || float.IsInfinity(w))
                return false;
            weights.Add(w);
        }

        return weights.Count > 0;
    }
}
