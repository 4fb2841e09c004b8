namespace Chronicle.Tests;

/// <summary>A test that needs a PostgreSQL server (<see cref="PostgresServer"/>); skipped, saying why, where there is none.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.Unavailable is { } reason)
            Skip = reason;
    }
}
