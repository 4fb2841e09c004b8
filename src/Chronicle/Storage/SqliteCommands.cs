using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>Parameterized commands, so that no value is ever spliced into SQL text.</summary>
internal static class SqliteCommands
{
    public static SqliteCommand Command(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    /// <summary>A command to run once per row, with its parameters declared now and bound by <see cref="Run"/>.</summary>
    public static SqliteCommand Prepare(this SqliteConnection connection, string sql, params string[] parameterNames) =>
        connection.Command(sql, [.. parameterNames.Select(name => (name, (object?)null))]);

    /// <summary>Binds values to the parameters in the order they were declared and runs the command.</summary>
    public static void Run(this SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
