using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Chronicle.Tests.Storage;

/// <summary>A test case that is skipped for a reason found at discovery, not written in its attribute.</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string _reason = "";

    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("For the deserializer only.", error: true)]
    public SkippedTestCase()
    {
    }

    public SkippedTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay methodDisplay, TestMethodDisplayOptions methodDisplayOptions, ITestMethod testMethod, string reason)
        : base(diagnosticMessageSink, methodDisplay, methodDisplayOptions, testMethod) => _reason = reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue(nameof(_reason), _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>(nameof(_reason));
        base.Deserialize(data);
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;
}
