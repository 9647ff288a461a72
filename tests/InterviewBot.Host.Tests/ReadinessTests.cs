using System.Net;
using InterviewBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace InterviewBot.Host.Tests;

/// <summary>
/// What a load balancer asks: <c>/readyz</c> is healthy only while this host's nudge scheduler runs, so a host
/// that would never send a nudge is taken out of rotation; <c>/healthz</c> (is it alive?) does not depend on it.
/// </summary>
public sealed class ReadinessTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Readiness_fails_while_the_scheduler_is_not_running_and_liveness_does_not()
    {
        await using var host = new BotHost(_data);
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Standby();

        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

        await scheduler.Start();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
    }
}
