using InterviewBot.Core.Domain;
using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Ports;

namespace InterviewBot.DevTools.LocalChat;

/// <summary>
/// <c>GET /local/schedule?user=…</c>: the moments worth jumping to for the person on the page – the
/// end of their next call and their next nudge – so the clock buttons can say "after the call"
/// and "next nudge". The page moves the clock itself with <c>POST /dev/clock/advance</c>.
/// </summary>
internal static class ScheduleEndpoints
{
    /// <summary>"After the call" lands just past the "how did it go?" nudge, or the call's end when there is none.</summary>
    private static readonly TimeSpan JustAfter = TimeSpan.FromMinutes(1);

    public static void MapSchedule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/local/schedule", ScheduleAsync).ExcludeFromDescription();

    private static async Task<IResult> ScheduleAsync(string? user, IWorkspaces workspaces, IPeople people, IInterviews interviews,
        INudges nudges, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!ChatIds.IsValid(user))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["user"] = ["Name the person: ?user=<id>."] });

        var now = clock.GetUtcNow().UtcDateTime;
        var workspace = await workspaces.FindAsync(Platforms.Teams, Platforms.LocalTenant, cancellationToken);
        var person = workspace is null ? null : await people.FindAsync(workspace.Id, user!, cancellationToken);
        if (person is null) return Results.Ok(new LocalSchedule(now, null, null));

        var waiting = await nudges.ListWaitingForPersonAsync(person.Id, cancellationToken);
        var next = waiting.Where(n => n.DueUtc > now).MinBy(n => n.DueUtc);
        var nextNudge = next is null ? null : new ScheduledMoment(next.DueUtc + JustAfter, NudgeNames.Of(next.Kind));

        var calls = await interviews.ListForPersonAsync(workspace!.Id, person.Id, now, max: 5, cancellationToken);
        var call = calls.FirstOrDefault(c => c.EndUtc > now);
        ScheduledMoment? afterCall = null;
        if (call is not null)
        {
            var callDone = waiting.Where(n => n.InterviewId == call.Id && n.Kind == Core.Nudges.NudgeKind.CallDone && n.DueUtc >= call.EndUtc)
                .Select(n => (DateTime?)n.DueUtc).Min();
            afterCall = new ScheduledMoment((callDone ?? call.EndUtc) + JustAfter, $"after the call with {call.CounterpartName(person.Id)}");
        }
        return Results.Ok(new LocalSchedule(now, afterCall, nextNudge));
    }
}

/// <summary>The local clock's time, and where "after the call" and "next nudge" would move it (UTC).</summary>
internal sealed record LocalSchedule(DateTime Now, ScheduledMoment? AfterCall, ScheduledMoment? NextNudge);

internal sealed record ScheduledMoment(DateTime Utc, string What);
