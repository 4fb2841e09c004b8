using Chronicle.Actors;
using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>The actor mentions of one sentence, found by token: which mention starts or covers each token.</summary>
internal sealed class SentenceActors
{
    private readonly Dictionary<int, int> _starting = [];
    private readonly Dictionary<int, int> _covering = [];
    private readonly Dictionary<int, List<int>> _ending = [];

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
            if (!_ending.TryGetValue(mention.EndToken, out var ending))
                _ending[mention.EndToken] = ending = [];
            ending.Add(i);
        }
    }

    public Doc Doc { get; }

    public ActorMention this[int index] => Doc.Actors[index];

    /// <summary>The mention that starts at <paramref name="token"/>, if any.</summary>
    public int? StartingAt(int token) => _starting.TryGetValue(token, out var i) ? i : null;

    /// <summary>The mention that covers <paramref name="token"/>, if any.</summary>
    public int? Covering(int token) => _covering.TryGetValue(token, out var i) ? i : null;

    /// <summary>
    /// The other mentions that end where <paramref name="index"/> ends: the same words read as several actors,
    /// "the Kenyan and Ugandan governments", "lawmakers in Kenya and Uganda".
    /// </summary>
    public IEnumerable<int> Siblings(int index) => _ending[Doc.Actors[index].EndToken].Where(i => i != index);

    /// <summary>The mention that ends right before <paramref name="token"/>, if any.</summary>
    public int? EndingBefore(int token) => Covering(token - 1) is { } i && Doc.Actors[i].EndToken == token ? i : null;
}
