namespace Chronicle.Tagging;

/// <summary>
/// A sentence's emission scores from its feature hashes: each token's label scores are the sum of its
/// word-only features' weights (from the per-word cache when the word is in it) and of its context
/// features' weights, always added in the same order, so scores do not depend on what is cached.
/// Lookups go sentence by sentence in three passes (see <see cref="WeightTable"/>) so that their
/// cache misses overlap.
/// </summary>
internal sealed class SentenceScorer(WeightTable table, int wordFeatures)
{
    private readonly WordScoreCache _wordScores = new();

    /// <summary>Adds every token's scores to its row of <paramref name="emissions"/> (<paramref name="labels"/> a token).</summary>
    public void Score(SentenceFeatures features, TaggerScratch scratch, Span<float> emissions, int labels)
    {
        var n = features.Count;
        var cached = scratch.WordSlots;
        var first = scratch.FirstLookup;
        var end = scratch.EndLookup;
        for (var i = 0; i < n; i++)
            _wordScores.Prefetch(WordKey(features, i));
        for (var i = 0; i < n; i++)
        {
            var hashes = features.Of(i);
            cached[i] = _wordScores.Find(WordKey(features, i));
            first[i] = cached[i] == WordScoreCache.Missing ? 0 : wordFeatures;
            var unused = hashes[wordFeatures..].IndexOf(0UL);
            end[i] = unused < 0 ? hashes.Length : wordFeatures + unused;
            foreach (var hash in hashes[first[i]..end[i]])
                table.Prefetch(hash);
        }

        var runs = scratch.Runs;
        for (var i = 0; i < n; i++)
        {
            var hashes = features.Of(i);
            for (var k = first[i]; k < end[i]; k++)
                runs[i * SentenceFeatures.PerToken + k] = table.Find(hashes[k]);
        }

        for (var i = 0; i < n; i++)
        {
            var row = emissions.Slice(i * labels, labels);
            var tokenRuns = runs.AsSpan(i * SentenceFeatures.PerToken, end[i]);
            if (cached[i] != WordScoreCache.Missing)
            {
                _wordScores.ScoresAt(cached[i]).CopyTo(row);
            }
            else
            {
                foreach (var run in tokenRuns[..wordFeatures])
                    table.AddRun(run, row);
                _wordScores.Add(WordKey(features, i), row);
            }

            foreach (var run in tokenRuns[wordFeatures..])
                table.AddRun(run, row);
        }

        // The table's memory is native and freed with it: keep it until the last read above (see WeightTable).
        GC.KeepAlive(table);
    }

    /// <summary>What the word-only features depend on: the word and whether it opens the sentence.</summary>
    private static ulong WordKey(SentenceFeatures features, int i) =>
        FeatureHash.Mix(features.Word[i], (ulong)(features.Flags[i] & TokenFlags.SentenceStart));
}
