using System.Data.Common;

namespace Chronicle.Storage;

/// <summary>
/// Parameterized commands over any ADO.NET provider, so that no value is ever spliced into SQL text.
/// Parameters are written <c>@name</c>, which SQLite and Npgsql both read.
/// </summary>
internal static class DbCommands
{
    public static DbCommand Command(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.Add(command.Parameter(name, value));
        return command;
    }

    public static DbParameter Parameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }

    /// <summary>Runs a command that returns one number (or NULL, read as null), whatever integer type the provider gives it.</summary>
    public static long? ScalarNumber(this DbCommand command) =>
        command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
