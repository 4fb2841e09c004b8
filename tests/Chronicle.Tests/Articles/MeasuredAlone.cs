namespace Chronicle.Tests.Articles;

/// <summary>
/// Tests that measure the process's memory: xUnit runs this collection after all the others and on its
/// own, so no other test's allocations show in the measurements.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredAlone
{
    public const string Name = "measured alone";
}
