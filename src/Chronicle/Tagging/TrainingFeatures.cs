using System.Runtime.InteropServices;

namespace Chronicle.Tagging;

/// <summary>
/// Every training sentence's features, extracted once before the first epoch: each kept feature gets a
/// row of the weight matrix, and each token holds the rows of its features (<see cref="Unused"/> in spare slots).
/// </summary>
internal sealed class TrainingFeatures
{
    public const int Unused = -1;

    /// <summary>How many folds the tag lexicon is jackknifed over.</summary>
    private const int LexiconFolds = 10;

    private TrainingFeatures(List<int[]> rows, ulong[] hashes) => (Rows, Hashes) = (rows, hashes);

    /// <summary>Per sentence, <see cref="SentenceFeatures.PerToken"/> row numbers a token.</summary>
    public List<int[]> Rows { get; }

    /// <summary>The feature hash of each row, in row order (sorted by hash, so that the same data gives the same rows).</summary>
    public ulong[] Hashes { get; }

    public static TrainingFeatures Index(List<TrainingSentence> sentences, TrainingOptions options)
    {
        var extractors = Extractors(sentences, options.Features, options.Kind == ModelKind.PartOfSpeech, options.Clusters);
        var buffer = new SentenceFeatures();
        var counts = new Dictionary<ulong, int>();
        var hashed = new List<ulong[]>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            extractors[i % extractors.Length].Extract(s.Text, s.Tokens, s.Pos, buffer);
            var hashes = buffer.Hashes.AsSpan(0, s.Tokens.Length * SentenceFeatures.PerToken).ToArray();
            foreach (var h in hashes)
            {
                if (h != 0)
                    CollectionsMarshal.GetValueRefOrAddDefault(counts, h, out _)++;
            }

            hashed.Add(hashes);
        }

        var kept = counts.Where(p => p.Value >= options.MinFeatureCount).Select(p => p.Key).Order().ToArray();
        var rowOf = new Dictionary<ulong, int>(kept.Length);
        foreach (var hash in kept)
            rowOf[hash] = rowOf.Count;
        var rows = hashed.Select(hashes => hashes.Select(h => h != 0 && rowOf.TryGetValue(h, out var r) ? r : Unused).ToArray()).ToList();
        return new TrainingFeatures(rows, kept);
    }

    /// <summary>
    /// The extractors for training sentences, one per fold (sentence i is in fold i mod count). With a
    /// lexicon, each fold's lexicon is built from the other folds ("jackknifing"), so training sees
    /// unknown words as often as tagging new text will, and does not learn to trust the lexicon blindly.
    /// </summary>
    private static FeatureExtractor[] Extractors(List<TrainingSentence> sentences, FeatureOptions features, bool treebankBrackets, WordClusters? clusters)
    {
        var gazetteer = features.UseGazetteer ? Gazetteer.Default : null;
        if (!features.UseLexicon)
            return [new FeatureExtractor(features, gazetteer, null, treebankBrackets, clusters)];
        return [.. Enumerable.Range(0, LexiconFolds).Select(fold =>
            new FeatureExtractor(features, gazetteer, TagLexicon.Build(sentences.Where((_, i) => i % LexiconFolds != fold)), treebankBrackets, clusters))];
    }
}
