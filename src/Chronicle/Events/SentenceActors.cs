using Chronicle.Actors;
using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>The actor mentions of one sentence, found by token: which mention starts or covers each token.</summary>
internal sealed class SentenceActors
{
    private readonly Dictionary<int, int> _starting = [];
    private readonly Dictionary<int, int> _covering = [];

    /// <param name="indexes">The indexes in the Doc's actor layer of the sentence's mentions.</param>
    public SentenceActors(Doc doc, IEnumerable<int> indexes)
    {
        Doc = doc;
        foreach (var i in indexes)
        {
            var mention = doc.Actors[i];
            _starting.TryAdd(mention.FirstToken, i);
            for (var t = mention.FirstToken; t < mention.EndToken; t++)
                _covering.TryAdd(t, i);
        }
    }

    public Doc Doc { get; }

    public ActorMention this[int index] => Doc.Actors[index];

    /// <summary>The mention that starts at <paramref name="token"/>, if any.</summary>
    public int? StartingAt(int token) => _starting.TryGetValue(token, out var i) ? i : null;

    /// <summary>The mention that covers <paramref name="token"/>, if any.</summary>
    public int? Covering(int token) => _covering.TryGetValue(token, out var i) ? i : null;

    /// <summary>The mention that ends right before <paramref name="token"/>, if any.</summary>
    public int? EndingBefore(int token) => Covering(token - 1) is { } i && Doc.Actors[i].EndToken == token ? i : null;
}
