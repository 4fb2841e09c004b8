using System.Globalization;

namespace Chronicle.Tagging;

/// <summary>Turns a training run's averaged weights into a compact <see cref="SequenceModel"/>.</summary>
internal static class AveragedModel
{
    /// <param name="weights">Averaged emission weights, [row, label].</param>
    /// <param name="mask">0 for allowed transitions, -∞ for those the tag scheme forbids.</param>
    public static SequenceModel Build(TrainingOptions options, string[] labels, ulong[] hashes, float[] weights, float[] transitions, float[] mask,
        int epoch, TagLexicon? lexicon, float[]? dense)
    {
        var L = labels.Length;
        var keptHashes = new List<ulong>();
        var rowStart = new List<int> { 0 };
        var entryLabels = new List<ushort>();
        var entryWeights = new List<float>();
        for (var r = 0; r < hashes.Length; r++)
        {
            // Weights below the threshold cost lookups and memory and barely move a score: drop them.
            for (var y = 0; y < L; y++)
            {
                var w = weights[r * L + y];
                if (MathF.Abs(w) >= options.PruneBelow)
                {
                    entryLabels.Add((ushort)y);
                    entryWeights.Add(w);
                }
            }

            if (entryWeights.Count > rowStart[^1])
            {
                keptHashes.Add(hashes[r]);
                rowStart.Add(entryWeights.Count);
            }
        }

        var metadata = new Dictionary<string, string>
        {
            ["epochs"] = epoch.ToString(CultureInfo.InvariantCulture),
            ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
        };
        if (dense is not null)
            metadata[DenseFeatures.MetadataKey] = options.VectorLength.ToString(CultureInfo.InvariantCulture);
        return new SequenceModel(options.Kind, labels, options.Features, metadata,
            [.. keptHashes], [.. rowStart], [.. entryLabels], [.. entryWeights], [.. transitions.Select((t, i) => t + mask[i])], lexicon, dense, clusters: options.Clusters);
    }
}
