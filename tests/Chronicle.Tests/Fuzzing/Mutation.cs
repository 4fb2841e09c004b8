namespace Chronicle.Tests.Fuzzing;

/// <summary>One way of damaging an input: a name for failure reports, and a function of the bytes and a seeded random source.</summary>
internal sealed record Mutation(string Name, Func<byte[], Random, byte[]> Apply)
{
    public override string ToString() => Name;
}
