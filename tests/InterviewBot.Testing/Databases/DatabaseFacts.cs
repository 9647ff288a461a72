using Xunit.Abstractions;
using Xunit.Sdk;

namespace InterviewBot.Testing;

/// <summary>
/// Marks the nested test class that runs its abstract base class's tests on PostgreSQL. Its
/// <see cref="DatabaseFactAttribute"/> and <see cref="DatabaseTheoryAttribute"/> tests are skipped,
/// with the reason, where PostgreSQL is missing, except under CI=true, where they run and fail.
/// </summary>
public interface IRunsOnPostgres;

/// <summary>A fact that runs once per database its class is made for (see <see cref="IRunsOnPostgres"/>).</summary>
[XunitTestCaseDiscoverer("InterviewBot.Testing.DatabaseFactDiscoverer", "InterviewBot.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseFactAttribute : FactAttribute;

/// <summary>A theory that runs once per database its class is made for (see <see cref="IRunsOnPostgres"/>).</summary>
[XunitTestCaseDiscoverer("InterviewBot.Testing.DatabaseTheoryDiscoverer", "InterviewBot.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseTheoryAttribute : TheoryAttribute;

internal static class DatabaseSkip
{
    /// <summary>Why a test of <paramref name="testClass"/> cannot run here, or null.</summary>
    public static string? For(ITypeInfo testClass) =>
        typeof(IRunsOnPostgres).IsAssignableFrom(testClass.ToRuntimeType()) && !TestPostgres.IsAvailable && !TestPostgres.IsRequired
            ? TestPostgres.MissingReason
            : null;
}

public sealed class DatabaseFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        new DatabaseTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
}

public sealed class DatabaseTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo theoryAttribute, object[] dataRow) =>
        [new DatabaseTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, dataRow)];

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForTheory(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo theoryAttribute) =>
        [new DatabaseTheoryTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
}

/// <summary>A test case whose skip reason comes from its class's database (worked out again after deserialization).</summary>
public sealed class DatabaseTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public DatabaseTestCase() { }

    public DatabaseTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod, object[]? testMethodArguments = null)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod, testMethodArguments) { }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => DatabaseSkip.For(TestMethod.TestClass.Class) ?? base.GetSkipReason(factAttribute);
}

/// <summary>The theory counterpart of <see cref="DatabaseTestCase"/>, for data enumerated only when it runs.</summary>
public sealed class DatabaseTheoryTestCase : XunitTheoryTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public DatabaseTheoryTestCase() { }

    public DatabaseTheoryTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod) { }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => DatabaseSkip.For(TestMethod.TestClass.Class) ?? base.GetSkipReason(factAttribute);
}
