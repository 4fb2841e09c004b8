using System.Globalization;
using System.Text;
using System.Data.Common;

namespace Chronicle.Storage;

/// <summary>
/// The WHERE clause of an <see cref="EventQuery"/> over the events table (aliased <c>e</c>), with its
/// parameters: the one place the filters are turned into SQL, for lists, counts and statistics alike.
/// </summary>
internal sealed class EventFilter
{
    // The columns an actor filter's words are looked for in.
    private static readonly string[] ActorWords = ["e.source_text", "e.target_text", "e.source_name", "e.target_name"];

    private readonly StringBuilder _where = new("1 = 1");
    private readonly List<(string Name, object? Value)> _parameters = [];

    private EventFilter()
    {
    }

    /// <summary>The conditions, joined with AND; always a valid expression ("1 = 1" when nothing filters).</summary>
    public string Where => _where.ToString();

    public IReadOnlyList<(string Name, object? Value)> Parameters => _parameters;

    /// <param name="connection">Consulted for one thing: whether an actor filter names a stored code.</param>
    public static EventFilter Of(DbConnection connection, SqlDialect dialect, EventQuery query)
    {
        var filter = new EventFilter();
        if (Typed(query.Actor) is { } actor)
        {
            // A whole code that is stored is matched through the code indexes alone: no actor's words contain
            // "IRNGOV", and matching words means reading every event.
            var code = actor.ToUpperInvariant();
            if (IsStoredCode(connection, code))
            {
                filter.Add("(e.source_code = @code OR e.target_code = @code)", ("@code", code));
            }
            else
            {
                var like = string.Join(" OR ", ActorWords.Select(column => dialect.LikeIgnoringCase(column, "@like")));
                filter.Add($"({like})", ("@like", "%" + Unwild(actor) + "%"));
            }
        }

        if (Typed(query.Source) is { } source)
            filter.Add("e.source_code = @source", ("@source", source.ToUpperInvariant()));
        if (Typed(query.Target) is { } target)
            filter.Add("e.target_code = @target", ("@target", target.ToUpperInvariant()));
        if (Typed(query.Country) is { } country)
            filter.Add("(e.source_country = @country OR e.target_country = @country)", ("@country", country.ToUpperInvariant()));
        if (Typed(query.Cameo) is { } cameo)
            filter.Add("e.cameo LIKE @cameo", ("@cameo", Unwild(cameo) + "%"));
        if (Typed(query.Plover) is { } plover)
            filter.Add("e.plover = @plover", ("@plover", plover.ToUpperInvariant()));
        if (query.Quad is { } quad)
            filter.Add("e.quad = @quad", ("@quad", quad));
        if (query.From is { } from)
            filter.Add("e.date >= @from", ("@from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (query.To is { } to)
            filter.Add("e.date <= @to", ("@to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (Typed(query.Near) is { } near)
            filter.Add(dialect.LikeIgnoringCase("e.place_name", "@near"), ("@near", Unwild(near)));
        if (query.Article is { } article)
            filter.Add("e.article_id = @article", ("@article", article));
        if (dialect.TextQuery(query.Text) is { } match)
        {
            // The matching stories are found once, not once per event.
            filter.Add($"(e.article_id, e.story) IN ({dialect.StoriesMatching})", ("@match", match));
        }

        return filter;
    }

    /// <summary>The ORDER BY clause (without the keywords) for a sort.</summary>
    /// <remarks>
    /// Newest runs every key the same way (all descending) so that it can be read backwards off the
    /// events_by_position index, a page at a time, instead of sorting every selected event.
    /// </remarks>
    public static string OrderBy(SqlDialect dialect, EventSort sort) => sort switch
    {
        EventSort.Newest => $"{dialect.DescendingNullsLast("e.date")}, e.article_id DESC, e.story DESC, e.sentence DESC, e.rowid DESC",
        EventSort.Oldest => "e.date IS NULL, e.date, e.article_id, e.story, e.sentence, e.rowid",
        EventSort.Conflict => "e.goldstein IS NULL, e.goldstein, e.article_id, e.story, e.sentence, e.rowid",
        EventSort.Cooperation => "e.goldstein IS NULL, e.goldstein DESC, e.article_id, e.story, e.sentence, e.rowid",
        EventSort.Confidence => "e.confidence DESC, e.article_id, e.story, e.sentence, e.rowid",
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Unknown event sort."),
    };

    private static bool IsStoredCode(DbConnection connection, string code)
    {
        if (code.Length > 30 || !code.All(char.IsAsciiLetterOrDigit))
            return false;
        using var command = connection.Command(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM events WHERE source_code = @code) OR EXISTS (SELECT 1 FROM events WHERE target_code = @code) THEN 1 ELSE 0 END",
            ("@code", code));
        return command.ScalarNumber() == 1;
    }

    // A NUL char is dropped from what a user typed: no stored word holds one (PostgreSQL text cannot),
    // and PostgreSQL refuses it in a query.
    private static string? Typed(string? text) => text?.Replace("\0", "", StringComparison.Ordinal);

    // LIKE's wildcards in what a user typed are taken as the characters they are not: dropped.
    private static string Unwild(string text) => text.Replace("%", "").Replace("_", "");

    private void Add(string clause, params (string Name, object? Value)[] parameters)
    {
        _where.Append(" AND ").Append(clause);
        _parameters.AddRange(parameters);
    }
}
