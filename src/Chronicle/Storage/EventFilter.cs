using System.Globalization;
using System.Text;

namespace Chronicle.Storage;

/// <summary>
/// The WHERE clause of an <see cref="EventQuery"/> over the events table (aliased <c>e</c>), with its
/// parameters: the one place the filters are turned into SQL, for lists, counts and statistics alike.
/// </summary>
internal sealed class EventFilter
{
    private readonly StringBuilder _where = new("1 = 1");
    private readonly List<(string Name, object? Value)> _parameters = [];

    private EventFilter()
    {
    }

    /// <summary>The conditions, joined with AND; always a valid expression ("1 = 1" when nothing filters).</summary>
    public string Where => _where.ToString();

    public IReadOnlyList<(string Name, object? Value)> Parameters => _parameters;

    public static EventFilter Of(EventQuery query)
    {
        var filter = new EventFilter();
        if (query.Actor is { } actor)
        {
            var like = "%" + Unwild(actor) + "%";
            filter.Add("(e.source_code = $code OR e.target_code = $code OR e.source_text LIKE $like OR e.target_text LIKE $like OR e.source_name LIKE $like OR e.target_name LIKE $like)",
                ("$like", like), ("$code", actor.ToUpperInvariant()));
        }

        if (query.Source is { } source)
            filter.Add("e.source_code = $source", ("$source", source.ToUpperInvariant()));
        if (query.Target is { } target)
            filter.Add("e.target_code = $target", ("$target", target.ToUpperInvariant()));
        if (query.Country is { } country)
            filter.Add("(e.source_country = $country OR e.target_country = $country)", ("$country", country.ToUpperInvariant()));
        if (query.Cameo is { } cameo)
            filter.Add("e.cameo LIKE $cameo", ("$cameo", Unwild(cameo) + "%"));
        if (query.Plover is { } plover)
            filter.Add("e.plover = $plover", ("$plover", plover.ToUpperInvariant()));
        if (query.Quad is { } quad)
            filter.Add("e.quad = $quad", ("$quad", quad));
        if (query.From is { } from)
            filter.Add("e.date >= $from", ("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (query.To is { } to)
            filter.Add("e.date <= $to", ("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (query.Near is { } near)
            filter.Add("e.place_name LIKE $near", ("$near", Unwild(near)));
        if (query.Article is { } article)
            filter.Add("e.article_id = $article", ("$article", article));
        if (query.Text is { } text && FtsQuery.Build(text) is { } match)
        {
            filter.Add("EXISTS (SELECT 1 FROM stories st JOIN stories_fts f ON f.rowid = st.id WHERE st.article_id = e.article_id AND st.idx = e.story AND stories_fts MATCH $match)",
                ("$match", match));
        }

        return filter;
    }

    /// <summary>The ORDER BY clause (without the keywords) for a sort.</summary>
    public static string OrderBy(EventSort sort)
    {
        var first = sort switch
        {
            EventSort.Newest => "e.date DESC",
            EventSort.Oldest => "e.date IS NULL, e.date",
            EventSort.Conflict => "e.goldstein IS NULL, e.goldstein",
            EventSort.Cooperation => "e.goldstein IS NULL, e.goldstein DESC",
            EventSort.Confidence => "e.confidence DESC",
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Unknown event sort."),
        };
        return first + ", e.article_id, e.story, e.sentence, e.rowid";
    }

    // LIKE's wildcards in what a user typed are taken as the characters they are not: dropped.
    private static string Unwild(string text) => text.Replace("%", "").Replace("_", "");

    private void Add(string clause, params (string Name, object? Value)[] parameters)
    {
        _where.Append(" AND ").Append(clause);
        _parameters.AddRange(parameters);
    }
}
