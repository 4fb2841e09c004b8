namespace Chronicle.Tests;

/// <summary>The test classes that share the run's <see cref="PostgresServer"/> (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL server";
}
