using InterviewBot.Core.Ports;
using InterviewBot.Host.Api;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Host.Tests;

/// <summary>
/// What stops start-up decides how it is told: a setting in one plain line naming it (the process test
/// is in <see cref="FirstStartTests"/>), anything else – a service that cannot be built – with its stack trace.
/// </summary>
public sealed class StartupFailureTests
{
    [Fact]
    public void A_bad_setting_is_told_in_one_line_naming_the_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Api:Keys:0:Key"] = "CHANGE-ME" }).Build();
        var failure = Assert.Throws<SettingException>(() => ApiKeys.From(configuration));

        Assert.True(StartupFailure.IsSettingError(new AggregateException(failure)));
        var line = StartupFailure.Line(new AggregateException(failure));
        Assert.StartsWith("InterviewBot did not start: Setting Api:Keys:0:Key is too short", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void A_service_that_cannot_be_built_is_not_told_as_a_setting_and_keeps_its_stack_trace()
    {
        var services = new ServiceCollection().AddSingleton<NeedsAClock>();
        var failure = Assert.ThrowsAny<Exception>(() => services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
        Assert.Contains(typeof(InvalidOperationException), Chain(failure).Select(e => e.GetType()));

        Assert.False(StartupFailure.IsSettingError(failure));
    }

    private static IEnumerable<Exception> Chain(Exception failure)
    {
        for (var e = failure; e is not null; e = e is AggregateException { InnerExceptions.Count: 1 } one ? one.InnerExceptions[0] : e.InnerException)
            yield return e;
    }

    /// <summary>A service whose dependency nobody registered: the mistake a DI error reports.</summary>
    private sealed class NeedsAClock(TimeProvider clock)
    {
        public TimeProvider Clock => clock;
    }
}
