using System.Collections.Concurrent;

namespace Chronicle.Tagging;

/// <summary>
/// The summed label scores of a word's own features (those that depend on the word alone), kept per
/// word so that a frequent word costs one lookup instead of a dozen. Shared by all threads; it stops
/// growing at <see cref="Capacity"/> words, so memory stays bounded whatever the input.
/// </summary>
internal sealed class WordScoreCache
{
    public const int Capacity = 100_000;

    private readonly ConcurrentDictionary<ulong, float[]> _scores = new();

    public bool TryGet(ulong word, out float[] scores) => _scores.TryGetValue(word, out scores!);

    public void Add(ulong word, ReadOnlySpan<float> scores)
    {
        if (_scores.Count < Capacity)
            _scores.TryAdd(word, scores.ToArray());
    }
}
