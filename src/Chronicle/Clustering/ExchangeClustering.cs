using System.Runtime.InteropServices;

namespace Chronicle.Clustering;

/// <summary>
/// Flat word clusters by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998):
/// start from some assignment of words to a fixed number of classes, then visit every word and move it
/// to the class that most raises the likelihood of the text under a class-bigram model, until few
/// words move. The likelihood, up to terms that no move changes, is
/// Σ N(c,d) log N(c,d) − 2 Σ N(c) log N(c) over class bigram counts N(c,d) and class counts N(c).
/// </summary>
/// <remarks>
/// We chose it over Brown clustering, whose greedy merges give a hierarchy (bit-string prefixes) but
/// cost O(V·C²) with a window of C classes: by that estimate (not run here) hours for our 30,000 words
/// at C = 1000 on two shared cores. One exchange pass costs about C times the number of distinct
/// (word, neighbour class) pairs: seconds at 256 classes for our 2.5 million tokens, and most of the
/// likelihood is gained in the first 5 to 10 passes; a few flat granularities (64 and 256 classes)
/// stand in for the hierarchy's prefixes. Moving a word only needs its neighbours' classes: the
/// counts a move changes are the row and column of the two classes involved.
/// Deterministic: the same corpus, class count and seed give the same clusters.
/// </remarks>
/// <param name="classes">How many classes (at least 2).</param>
/// <param name="iterations">Most passes over the vocabulary; it stops early once under 0.1% of words move.</param>
/// <param name="seed">Seed of the order words are visited in.</param>
public sealed class ExchangeClustering(int classes, int iterations, int seed, Action<string>? log = null)
{
    // x log x for small counts, looked up: nearly all class-bigram counts are small.
    private const int TableSize = 1 << 16;
    private static readonly double[] XLogXTable = [.. Enumerable.Range(0, TableSize).Select(x => x == 0 ? 0.0 : x * Math.Log(x))];

    /// <summary>The class of every id of <paramref name="corpus"/>, in 0 to classes − 1.</summary>
    public int[] Cluster(ClusterCorpus corpus)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        var K = classes;
        var V = corpus.Size;
        var (leftStart, leftWord, leftCount) = Neighbours(corpus.Sequence, V, left: true);
        var (rightStart, rightWord, rightCount) = Neighbours(corpus.Sequence, V, left: false);

        // Start: the r-th most frequent id in class r mod K, so every class begins with frequent words.
        var cls = new int[V];
        for (var w = 0; w < V; w++)
            cls[w] = w % K;
        var size = new long[K];
        var bigram = new long[K * K];
        var byColumn = new long[K * K];
        for (var w = 0; w < V; w++)
        {
            size[cls[w]] += corpus.Counts[w];
            for (var e = rightStart[w]; e < rightStart[w + 1]; e++)
            {
                bigram[cls[w] * K + cls[rightWord[e]]] += rightCount[e];
                byColumn[cls[rightWord[e]] * K + cls[w]] += rightCount[e];
            }
        }

        var fromLeft = new long[K];
        var toRight = new long[K];
        var leftClasses = new List<int>();
        var rightClasses = new List<int>();
        var order = Enumerable.Range(0, V).ToArray();
        var random = new Random(seed);
        for (var pass = 1; pass <= iterations; pass++)
        {
            random.Shuffle(order);
            var moved = 0;
            foreach (var w in order)
            {
                // The word's bigrams by the class of the other word; its bigrams with itself apart.
                long self = 0;
                for (var e = leftStart[w]; e < leftStart[w + 1]; e++)
                {
                    if (leftWord[e] == w)
                        self = leftCount[e];
                    else
                        Accumulate(fromLeft, leftClasses, cls[leftWord[e]], leftCount[e]);
                }

                for (var e = rightStart[w]; e < rightStart[w + 1]; e++)
                {
                    if (rightWord[e] != w)
                        Accumulate(toRight, rightClasses, cls[rightWord[e]], rightCount[e]);
                }

                var from = cls[w];
                var count = corpus.Counts[w];
                Apply(from, -1);
                var best = from;
                var bestGain = Gain(from);
                for (var c = 0; c < K; c++)
                {
                    if (c == from)
                        continue;
                    var gain = Gain(c);
                    if (gain > bestGain + 1e-9)
                        (best, bestGain) = (c, gain);
                }

                Apply(best, +1);
                if (best != from)
                {
                    cls[w] = best;
                    moved++;
                }

                foreach (var c in leftClasses)
                    fromLeft[c] = 0;
                foreach (var c in rightClasses)
                    toRight[c] = 0;
                leftClasses.Clear();
                rightClasses.Clear();

                // Adds (sign +1) or removes (−1) the word's counts to or from class b.
                void Apply(int b, int sign)
                {
                    foreach (var c in leftClasses)
                    {
                        bigram[c * K + b] += sign * fromLeft[c];
                        byColumn[b * K + c] += sign * fromLeft[c];
                    }

                    foreach (var c in rightClasses)
                    {
                        bigram[b * K + c] += sign * toRight[c];
                        byColumn[c * K + b] += sign * toRight[c];
                    }

                    bigram[b * K + b] += sign * self;
                    byColumn[b * K + b] += sign * self;
                    size[b] += sign * count;
                }

                // How much the likelihood rises when the word (now in no class) joins class b.
                double Gain(int b)
                {
                    var gain = 0.0;
                    var column = byColumn.AsSpan(b * K, K);
                    foreach (var c in CollectionsMarshal.AsSpan(leftClasses))
                    {
                        if (c != b)
                            gain += XLogX(column[c] + fromLeft[c]) - XLogX(column[c]);
                    }

                    var row = bigram.AsSpan(b * K, K);
                    foreach (var c in CollectionsMarshal.AsSpan(rightClasses))
                    {
                        if (c != b)
                            gain += XLogX(row[c] + toRight[c]) - XLogX(row[c]);
                    }

                    gain += XLogX(row[b] + fromLeft[b] + toRight[b] + self) - XLogX(row[b]);
                    return gain - 2 * (XLogX(size[b] + count) - XLogX(size[b]));
                }
            }

            log?.Invoke($"{K} classes, pass {pass}: {moved} of {V} words moved, log-likelihood term {Objective(bigram, size):F0}");
            if (moved < V / 1000)
                break;
        }

        return cls;
    }

    private static void Accumulate(long[] byClass, List<int> touched, int c, long count)
    {
        if (byClass[c] == 0)
            touched.Add(c);
        byClass[c] += count;
    }

    /// <summary>For every id, its distinct neighbours (left or right) with bigram counts, as compressed rows.</summary>
    private static (int[] Start, int[] Word, long[] Count) Neighbours(IReadOnlyList<int> sequence, int size, bool left)
    {
        var pairs = new long[Math.Max(0, sequence.Count - 1)];
        for (var i = 0; i + 1 < sequence.Count; i++)
        {
            var (word, other) = left ? (sequence[i + 1], sequence[i]) : (sequence[i], sequence[i + 1]);
            pairs[i] = ((long)word << 32) | (uint)other;
        }

        Array.Sort(pairs);
        var start = new int[size + 1];
        var words = new List<int>();
        var counts = new List<long>();
        for (var i = 0; i < pairs.Length;)
        {
            var j = i;
            while (j < pairs.Length && pairs[j] == pairs[i])
                j++;
            start[(int)(pairs[i] >> 32) + 1]++;
            words.Add((int)pairs[i]);
            counts.Add(j - i);
            i = j;
        }

        for (var w = 0; w < size; w++)
            start[w + 1] += start[w];
        return (start, [.. words], [.. counts]);
    }

    private static double Objective(long[] bigram, long[] size) => bigram.Sum(XLogX) - 2 * size.Sum(XLogX);

    private static double XLogX(long x) => x < TableSize ? XLogXTable[x] : x * Math.Log(x);
}
