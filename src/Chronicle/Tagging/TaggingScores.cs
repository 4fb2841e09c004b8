namespace Chronicle.Tagging;

/// <summary>Precision, recall and F1 of one entity type (or of all), counted over whole chunks as conlleval does.</summary>
public sealed record ChunkScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Scores predicted tags against gold ones: token accuracy, and entity chunks per type.</summary>
public static class TaggingScores
{
    public static double Accuracy(IEnumerable<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> sentences)
    {
        long correct = 0, total = 0;
        foreach (var (gold, predicted) in sentences)
        {
            for (var i = 0; i < gold.Count; i++)
            {
                total++;
                if (gold[i] == predicted[i])
                    correct++;
            }
        }

        return total == 0 ? 0 : (double)correct / total;
    }

    /// <summary>Per-type chunk scores, then the overall one under the type "ALL"; a chunk counts only when its span and type both match.</summary>
    public static IReadOnlyList<ChunkScore> Chunks(IEnumerable<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> sentences)
    {
        var gold = new Dictionary<string, int>();
        var predicted = new Dictionary<string, int>();
        var correct = new Dictionary<string, int>();
        foreach (var (goldTags, predictedTags) in sentences)
        {
            var goldChunks = EntityTags.Chunks(goldTags);
            var predictedChunks = EntityTags.Chunks(predictedTags);
            foreach (var c in goldChunks)
                Increment(gold, c.Type);
            foreach (var c in predictedChunks)
                Increment(predicted, c.Type);
            foreach (var c in predictedChunks.Intersect(goldChunks))
                Increment(correct, c.Type);
        }

        var types = gold.Keys.Union(predicted.Keys).Order(StringComparer.Ordinal);
        var scores = types.Select(t => new ChunkScore(t, gold.GetValueOrDefault(t), predicted.GetValueOrDefault(t), correct.GetValueOrDefault(t))).ToList();
        scores.Add(new ChunkScore("ALL", gold.Values.Sum(), predicted.Values.Sum(), correct.Values.Sum()));
        return scores;
    }

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
