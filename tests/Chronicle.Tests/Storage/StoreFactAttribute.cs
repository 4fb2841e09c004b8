using Xunit.Abstractions;
using Xunit.Sdk;

namespace Chronicle.Tests.Storage;

/// <summary>
/// A test written once for every kind of store, in an abstract class that each kind derives from. In
/// a class that needs the PostgreSQL server (a constructor takes a <see cref="PostgresServer"/>) it is
/// skipped, saying why, where there is none; the same test of the other kinds still runs.
/// </summary>
[XunitTestCaseDiscoverer("Chronicle.Tests.Storage.StoreFactDiscoverer", "Chronicle.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Finds <see cref="StoreFactAttribute"/> tests, as skipped ones in a PostgreSQL class where there is no server.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needsServer = testMethod.TestClass.Class.ToRuntimeType().GetConstructors()
            .Any(constructor => constructor.GetParameters().Any(p => p.ParameterType == typeof(PostgresServer)));
        return needsServer && PostgresServer.Unavailable is { } reason
            ? new SkippedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)
            : base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
    }
}
