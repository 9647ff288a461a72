using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Persistence;

/// <summary>Whether the database can serve turns: it answers, and every migration has been applied.</summary>
public static class DatabaseReadiness
{
    /// <returns>Null when ready, else what is wrong.</returns>
    public static async Task<string?> ProblemAsync(IServiceProvider scopedServices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        var db = scopedServices.GetRequiredService<InterviewBotDbContext>();
        if (!await db.Database.CanConnectAsync(cancellationToken)) return "The database is not reachable.";
        var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
        return pending.Any() ? "The database has migrations still to apply." : null;
    }
}
