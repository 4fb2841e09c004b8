namespace Chronicle.Storage;

/// <summary>Adds one row with the values of its table's columns, in the order they were named.</summary>
internal delegate void RowInsert(params object?[] values);

/// <summary>
/// The rows that write articles, table by table. Tables are named parents first (articles, then
/// stories, then sentences, ...), and every row reaches the database after the rows it refers to.
/// <see cref="PreparedRowInserts"/> runs each row at once (SQLite, in process);
/// <see cref="MultiRowInserts"/> sends many rows per statement to a server.
/// </summary>
internal abstract class RowInserts : IDisposable
{
    /// <summary>
    /// Inserts into <paramref name="table"/>'s <paramref name="columns"/> (SQL identifiers, quoted where need be), a row per call of the returned delegate.
    /// A table is named once per instance, with one list of columns, however many articles are written.
    /// </summary>
    public abstract RowInsert Table(string table, params string[] columns);

    /// <summary>Sends every row not yet sent; a failing row throws here at the latest.</summary>
    public abstract void Flush();

    /// <summary>Forgets every row not yet sent: the article they belong to has failed and is rolled back.</summary>
    public abstract void Discard();

    public abstract void Dispose();
}
