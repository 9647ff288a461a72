using InterviewBot.Scheduling;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InterviewBot.Host;

/// <summary>Ready only while the nudge scheduler runs (part of <c>/readyz</c>, not of <c>/healthz</c>).</summary>
internal sealed class SchedulerHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await SchedulerReadiness.ProblemAsync(services, cancellationToken) is { } problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy();
}
