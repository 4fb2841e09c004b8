namespace Chronicle.Tests;

/// <summary>A test that runs a real nats-server; skipped, saying why, on a machine without it.</summary>
public sealed class NatsFactAttribute : FactAttribute
{
    public NatsFactAttribute() => Skip = NatsServer.Missing;
}
