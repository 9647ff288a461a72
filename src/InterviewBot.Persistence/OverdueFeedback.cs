using InterviewBot.Core.Domain;
using InterviewBot.Core.Nudges;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Persistence;

/// <summary>For operators' dashboards: how many phone screens, in every workspace, are past their overdue alert and still wait for feedback.</summary>
public static class OverdueFeedback
{
    public static async Task<int> CountAsync(IServiceProvider scopedServices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        var db = scopedServices.GetRequiredService<InterviewBotDbContext>();
        var alerted = db.Nudges.Where(n => n.Kind == NudgeKind.FeedbackOverdue && n.State == NudgeState.Sent).Select(n => n.InterviewId);
        return await db.Interviews
            .Where(i => i.Status == InterviewStatus.Held || i.Status == InterviewStatus.DecisionPending || i.Status == InterviewStatus.Scheduled)
            .Where(i => alerted.Contains(i.Id))
            .CountAsync(cancellationToken);
    }
}
