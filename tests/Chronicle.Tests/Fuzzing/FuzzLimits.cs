namespace Chronicle.Tests.Fuzzing;

/// <summary>How many inputs one fuzz run tries, and what each may cost before it counts as a failure.</summary>
internal sealed record FuzzLimits
{
    /// <summary>Inputs tried, seeds 0 to Cases - 1; the CHRONICLE_FUZZ_CASES variable overrides it for long runs.</summary>
    public int Cases { get; init; } = 150;

    /// <summary>An input that takes longer is a hang. Generous: the machine running the tests may be busy.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Mutated inputs are cut to this size, to keep slow targets (the whole pipeline) within a few seconds.</summary>
    public int MaxInputBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Bytes any input may allocate whatever its size: parsers' tables, buffers, one-time caches.</summary>
    public long BaseAllocation { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Bytes an input may allocate per byte of its own. Generous: the HTML parser and Readability allocate
    /// a few hundred bytes per byte, and code not yet optimized by the tiered JIT (a path first taken in
    /// this case) allocates many times what optimized code does. Blow-ups are orders of magnitude beyond:
    /// an entity-expansion feed allocated 50,000 bytes per byte.
    /// </summary>
    public long AllocationPerInputByte { get; init; } = 1000;

    public long AllocationCap(int inputBytes) => BaseAllocation + AllocationPerInputByte * inputBytes;
}
