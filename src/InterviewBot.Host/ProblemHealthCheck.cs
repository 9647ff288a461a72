using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InterviewBot.Host;

/// <summary>
/// A health check over a question that answers null when all is well and says what is wrong otherwise:
/// the database's (<c>DatabaseReadiness</c>) and the nudge scheduler's (<c>SchedulerReadiness</c>).
/// </summary>
internal sealed class ProblemHealthCheck(IServiceProvider services, Func<IServiceProvider, CancellationToken, Task<string?>> problem) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await problem(services, cancellationToken) is { } wrong ? HealthCheckResult.Unhealthy(wrong) : HealthCheckResult.Healthy();

    /// <summary>A registration that asks <paramref name="problem"/> with the request's services.</summary>
    public static HealthCheckRegistration Named(string name, Func<IServiceProvider, CancellationToken, Task<string?>> problem, params string[] tags) =>
        new(name, services => new ProblemHealthCheck(services, problem), failureStatus: null, tags);
}
