using System.Text;
using Npgsql;

namespace Chronicle.Storage;

/// <summary>
/// Collects rows per table and sends each table's as one multi-row INSERT: an article's hundreds of
/// rows cost a statement per table instead of a round trip each.
/// </summary>
/// <remarks>
/// One plain statement at a time, not an <see cref="NpgsqlBatch"/>: Npgsql sends a batch's later
/// statements on a thread-pool thread even when called synchronously, and workers storing articles on
/// many threads at once then wait seconds for the thread pool to grow.
/// </remarks>
internal sealed class MultiRowInserts(NpgsqlConnection connection) : RowInserts
{
    /// <summary>Rows per statement at most: enough to amortize the round trip, few enough for PostgreSQL's 65,535 parameters.</summary>
    private const int MaxRows = 1000;

    private const int MaxParameters = ushort.MaxValue;

    private readonly List<PendingTable> _tables = [];

    public override RowInsert Table(string table, params string[] columns)
    {
        var pending = new PendingTable(table, columns);
        _tables.Add(pending);
        return values =>
        {
            pending.Rows.Add(values);
            if (pending.Rows.Count >= Math.Min(MaxRows, MaxParameters / columns.Length))
                Flush();
        };
    }

    /// <remarks>Every table, in the order they were named, so that parents go before the rows that refer to them.</remarks>
    public override void Flush()
    {
        foreach (var table in _tables.Where(t => t.Rows.Count > 0))
        {
            using var command = new NpgsqlCommand(table.Sql(), connection);
            foreach (var row in table.Rows)
            {
                foreach (var value in row)
                    command.Parameters.Add(new NpgsqlParameter { Value = Storable(value) ?? DBNull.Value });
            }
            command.ExecuteNonQuery();
            table.Rows.Clear();
        }
    }

    public override void Discard()
    {
        foreach (var table in _tables)
            table.Rows.Clear();
    }

    public override void Dispose()
    {
    }

    /// <summary>
    /// The value as PostgreSQL can hold it: its text cannot contain NUL, so a NUL char becomes U+FFFD,
    /// one char for one so that every offset into the text still holds.
    /// </summary>
    private static object? Storable(object? value) =>
        value is string text && text.Contains('\0', StringComparison.Ordinal) ? text.Replace('\0', '\uFFFD') : value;

    private sealed class PendingTable(string name, string[] columns)
    {
        public List<object?[]> Rows { get; } = [];

        /// <summary>INSERT INTO name (columns) VALUES ($1, $2), ($3, $4), ... for the pending rows.</summary>
        public string Sql()
        {
            var sql = new StringBuilder($"INSERT INTO {name} ({string.Join(", ", columns)}) VALUES ");
            for (var row = 0; row < Rows.Count; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Length; column++)
                    sql.Append(column == 0 ? "$" : ", $").Append((row * columns.Length) + column + 1);
                sql.Append(')');
            }
            return sql.ToString();
        }
    }
}
