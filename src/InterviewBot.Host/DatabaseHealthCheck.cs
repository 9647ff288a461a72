using InterviewBot.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InterviewBot.Host;

/// <summary>Healthy when the database answers and every migration has been applied.</summary>
internal sealed class DatabaseHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await DatabaseReadiness.ProblemAsync(services, cancellationToken) is { } problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy();
}
