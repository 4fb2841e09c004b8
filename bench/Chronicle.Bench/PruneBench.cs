using System.Diagnostics;
using System.Globalization;
using Chronicle.Tagging;

namespace Chronicle.Bench;

/// <summary>
/// Model size against accuracy: <c>prune MODEL GOLD MIN-WEIGHT...</c> drops the weights smaller than each
/// threshold and prints features, weights, the development score and single-thread tagging speed.
/// </summary>
internal static class PruneBench
{
    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: Chronicle.Bench prune MODEL GOLD MIN-WEIGHT...");
            return 2;
        }

        var model = ModelCatalog.Load(args[0]);
        var pos = model.Features.UsePos ? ModelCatalog.Load("pos") : null;
        var gold = TrainingData.Load(args[1], model.Kind);
        var posTags = gold.Select(s => pos?.Tag(s.Tokens)).ToList();
        foreach (var threshold in args[2..].Select(a => float.Parse(a, CultureInfo.InvariantCulture)))
        {
            var pruned = threshold > 0 ? model.Pruned(threshold) : model;
            var score = TaggerEvaluation.Score(pruned, gold, pos);
            var clock = Stopwatch.StartNew();
            long tokens = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                pruned.Tag(gold[i].Tokens, posTags[i]);
                tokens += gold[i].Tokens.Length;
            }

            Console.WriteLine($"min weight {threshold}: {pruned.FeatureCount} features, {pruned.WeightCount} weights, dev {score:F4}, {tokens / clock.Elapsed.TotalSeconds:N0} tokens/s on one thread");
        }

        return 0;
    }
}
