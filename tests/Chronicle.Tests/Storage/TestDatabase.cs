using System.Data.Common;
using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

/// <summary>An empty database of one kind for one test: stores over it, and a look past them at its tables.</summary>
internal abstract class TestDatabase : IDisposable
{
    /// <summary>What <c>--db</c> says to open it: a file path or a postgresql:// URL.</summary>
    public abstract string Db { get; }

    /// <summary>The migrations a store brings it to.</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Opens a store over it, as <c>--db</c> would; each store has connections of its own.</summary>
    public IArticleStore Open() => ArticleStores.Open(Db);

    /// <summary>Runs SQL on the database itself and returns the rows of its last statement.</summary>
    public List<object?[]> Query(string sql)
    {
        using var connection = Connect();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>A single number that <paramref name="sql"/> returns, whatever integer type the database gives it.</summary>
    public long Number(string sql) => Convert.ToInt64(Assert.Single(Query(sql))[0], System.Globalization.CultureInfo.InvariantCulture);

    public abstract void Dispose();

    /// <summary>A new connection that keeps nothing open once disposed.</summary>
    protected abstract DbConnection Connect();
}
