using InterviewBot.Core.Domain;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Nudges;
using InterviewBot.Core.Playbooks;
using InterviewBot.Core.Ports;

namespace InterviewBot.Core.Following;

/// <summary>
/// Keeps an interview's stored nudges in line with the policy: adds what is newly due, moves what
/// moved (a reschedule, a promised feedback date), and cancels what is no longer needed – because
/// it was done, the interview moved on, or the person turned that kind off. Safe to run after any
/// change: planning is idempotent by key.
/// </summary>
public sealed class NudgePlanner(INudges nudges, IPeople people, IRoleBriefs briefs, NudgePolicy policy, NudgeOutbox outbox, PlaybookCatalog playbooks, TimeProvider time)
{
    /// <summary>The policy reads the clock a moment after us; a due time this close to now is "now".</summary>
    private static readonly TimeSpan StillDue = TimeSpan.FromMinutes(1);

    public async Task SyncAsync(Workspace workspace, Interview interview, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var recruiter = interview.Recruiter.PersonId is { } r ? await people.GetAsync(workspace.Id, r, ct) : null;
        var candidate = interview.Candidate.PersonId is { } c ? await people.GetAsync(workspace.Id, c, ct) : null;
        var existing = (await nudges.ListForInterviewAsync(interview.Id, ct)).ToDictionary(n => n.Key);

        // A person's own prep is never posted to the team channel, whoever is on it.
        var team = workspace.TeamConversationId is null || !ChannelNames.IsTeamInterview(interview) ? null : WorkingTime.Default with { TimeZoneId = workspace.TeamTimeZoneId ?? WorkingTime.Default.TimeZoneId };
        var facts = InterviewFacts.From(interview, recruiter, candidate, team, LastCandidateUpdate(interview, recruiter));
        var all = policy.PlanFor(facts, workspace.NudgeSettings, recruiter?.NudgeOverrides, candidate?.NudgeOverrides).ToList();
        // The role brief only matters to a recruiter's prep; it is read only when such a nudge is planned.
        var brief = all.Any(p => p.Kind == NudgeKind.PrepReminder && p.To == NudgeRecipient.Recruiter)
            ? await briefs.FindAsync(workspace.Id, RoleBrief.KeyOf(interview.Role), ct) : null;
        var planned = all
            .Where(p => !IsDone(interview, p, recruiter, candidate, brief) && !(existing.TryGetValue(p.Key, out var row) && row.DoneUtc is not null))
            .ToList();

        foreach (var plan in planned)
        {
            var personId = plan.To switch
            {
                NudgeRecipient.Recruiter => recruiter?.Id,
                NudgeRecipient.Candidate => candidate?.Id,
                _ => null,
            };
            if (!existing.TryGetValue(plan.Key, out var nudge))
            {
                nudge = new Nudge(workspace.Id, interview.Id, personId, plan.Kind, plan.To, plan.Key, plan.Number, plan.DueUtc, now);
                nudges.Add(nudge);
                outbox.Schedule(nudge);
            }
            // A snoozed nudge keeps the time its recipient chose; one already due stays due (the policy
            // would move a late nudge to "now" on every pass, which only churns its timer).
            else if ((nudge.State == NudgeState.Pending && !(nudge.DueUtc <= now && plan.DueUtc <= now + StillDue) && nudge.MoveTo(plan.DueUtc, now))
                || nudge.Revive(plan.DueUtc, now))
            {
                outbox.Schedule(nudge);
            }
        }

        var keys = planned.Select(p => p.Key).ToHashSet();
        foreach (var stale in existing.Values.Where(n => n.IsWaiting && !keys.Contains(n.Key)))
        {
            stale.Cancel(now);
            outbox.Cancel(stale);
        }
    }

    /// <summary>
    /// A nudge whose request is already met is not sent: the step it asks for is done. Prep is done
    /// when the checklist shows every prep step done, by the checklist's own rule (<see cref="StepProgress"/>).
    /// </summary>
    private bool IsDone(Interview interview, PlannedNudge plan, Person? recruiter, Person? candidate, RoleBrief? brief)
    {
        var person = plan.To == NudgeRecipient.Candidate ? candidate : recruiter;
        if (person is null) return false;
        bool StepDone(string stepId) => interview.FindEntry(person.Id, stepId)?.Done == true;
        return plan.Kind switch
        {
            NudgeKind.PrepReminder => StepProgress.Open(interview, person, playbooks.For(interview.SideOf(person.Id) ?? Audience.Recruiter).Phases[0], brief).Count == 0,
            NudgeKind.ThankYou => StepDone("thank-you"),
            NudgeKind.PostMortem => StepDone("post-mortem"),
            NudgeKind.FeedbackDue or NudgeKind.FeedbackOverdue or NudgeKind.FeedbackOverdueTeam => StepDone("send-feedback"),
            NudgeKind.CallDone => interview.Status != InterviewStatus.Scheduled,
            _ => false,
        };
    }

    /// <summary>The last time the recruiter kept the candidate in the loop: the next update is due from there.</summary>
    private static DateTime? LastCandidateUpdate(Interview interview, Person? recruiter)
    {
        var entry = recruiter is null ? null : interview.FindEntry(recruiter.Id, "keep-in-the-loop");
        return entry is { Done: true } ? entry.UpdatedUtc : null;
    }
}
