using InterviewBot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InterviewBot.Host;

/// <summary>Healthy when the database answers and every migration has been applied.</summary>
internal sealed class DatabaseHealthCheck(InterviewBotDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken)) return HealthCheckResult.Unhealthy("The database is not reachable.");
        var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
        return pending.Any()
            ? HealthCheckResult.Unhealthy("The database has migrations still to apply.")
            : HealthCheckResult.Healthy();
    }
}
