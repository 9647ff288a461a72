using System.Net;
using InterviewBot.Core;
using InterviewBot.DevTools.Clock;
using InterviewBot.Teams;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InterviewBot.DevTools.Tests;

/// <summary>
/// Local mode is decided once, by <c>AddLocalMode</c>, and what depends on it follows from that one
/// decision: the application's clock, and the service URLs the Teams channel takes and calls.
/// </summary>
public sealed class LocalModeTests
{
    /// <summary>Another machine, for pure checks of the service URL rule: an address for documentation (TEST-NET-1), never contacted.</summary>
    private static readonly IPAddress OtherMachine = IPAddress.Parse("192.0.2.10");

    [Fact]
    public async Task The_local_clock_is_the_applications_clock()
    {
        using var host = Build(builder =>
        {
            builder.Services.AddInterviewBotCore();
            builder.AddLocalMode();
        });

        await host.StartAsync();

        Assert.True(host.Services.GetRequiredService<LocalMode>().IsOn);
        Assert.Same(host.Services.GetRequiredService<LocalClock>(), host.Services.GetRequiredService<TimeProvider>());
        await host.StopAsync();
    }

    [Fact]
    public async Task Local_mode_added_before_the_core_and_the_channel_still_makes_the_local_clock_the_applications_clock()
    {
        using var host = Build(builder =>
        {
            builder.AddLocalMode();
            builder.Services.AddInterviewBotCore();
            builder.Services.AddTeamsChannel(builder.Configuration);
        });

        await host.StartAsync();

        Assert.Same(host.Services.GetRequiredService<LocalClock>(), host.Services.GetRequiredService<TimeProvider>());
        await host.StopAsync();
    }

    [Fact]
    public async Task A_host_that_registers_another_clock_after_local_mode_refuses_to_start_and_says_why()
    {
        using var host = Build(builder =>
        {
            builder.Services.AddInterviewBotCore();
            builder.AddLocalMode();
            builder.Services.AddSingleton(TimeProvider.System);
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("TryAddSingleton", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_an_app_id_local_mode_is_off_and_the_clock_is_real_time()
    {
        using var host = Build(builder =>
        {
            builder.Services.AddInterviewBotCore();
            builder.AddLocalMode();
        }, appId: "00000000-0000-0000-0000-0000000000d1");

        Assert.False(host.Services.GetRequiredService<LocalMode>().IsOn);
        Assert.Null(host.Services.GetService<LocalClock>());
        Assert.Same(TimeProvider.System, host.Services.GetRequiredService<TimeProvider>());
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    public void The_Teams_channel_takes_the_callers_own_address_as_service_url_only_when_local_mode_lets_the_network_in(string? allowNetwork, bool taken)
    {
        using var host = Build(builder =>
        {
            builder.AddLocalMode();
            builder.Services.AddTeamsChannel(builder.Configuration);
        }, settings: new Dictionary<string, string?> { [LocalMode.AllowNetworkKey] = allowNetwork });
        var guard = host.Services.GetRequiredService<ServiceUrlGuard>();

        var refusal = guard.RefuseInbound($"http://{OtherMachine}:3978/", OtherMachine);

        Assert.Equal(taken, refusal is null);
        Assert.NotNull(guard.RefuseInbound("http://metadata.invalid/", OtherMachine));
    }

    /// <summary>A generic host in Development with no app id (local mode) unless told otherwise, and nothing read from the machine's environment.</summary>
    private static IHost Build(Action<HostApplicationBuilder> wire, string appId = "", IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            [BotFrameworkSettings.AppIdKey] = appId,
            [BotFrameworkSettings.AppPasswordKey] = appId.Length == 0 ? "" : "a-client-secret",
        });
        builder.Services.AddLogging();
        wire(builder);
        return builder.Build();
    }
}
