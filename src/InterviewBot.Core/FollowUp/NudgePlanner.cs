using InterviewBot.Core.Engine;
using InterviewBot.Core.Nudges;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.FollowUp;

/// <summary>What to do with a nudge whose timer fired (<see cref="NudgePlanner.JudgeAsync"/>).</summary>
public enum Firing
{
    /// <summary>Send it: it is on time, or it is a snooze the recipient chose.</summary>
    Send,

    /// <summary>Send it now and say when it was meant for: it is late but still useful.</summary>
    SendLate,

    /// <summary>Not now: it was moved, expired or cancelled (already recorded on the nudge).</summary>
    NotNow,
}

/// <summary>
/// Keeps an interview's stored nudges in line with the policy: adds what is newly due, moves what
/// moved (a reschedule, a promised feedback date), cancels what is no longer needed – because it
/// was done, the interview moved on, or the person turned that kind off – and marks expired what
/// could not go out in time and is no longer useful. Safe to run after any change: planning is
/// idempotent by key. The rules are in docs/nudges.md, "On time, late and expired".
/// </summary>
public sealed class NudgePlanner(INudges nudges, IPeople people, IRoleBriefs briefs, NudgePolicy policy, NudgeOutbox outbox, NudgeCardCloser cards,
    PlaybookCatalog playbooks, WorkingTimes times, TimeProvider time)
{
    /// <summary>
    /// A nudge that fires up to this long after its planned time is on time and goes out as planned:
    /// a busy scheduler or a short restart never re-plans it.
    /// </summary>
    public static readonly TimeSpan OnTime = TimeSpan.FromMinutes(15);

    public async Task SyncAsync(Workspace workspace, Interview interview, CancellationToken ct = default)
    {
        var plans = await PlanAsync(workspace, interview, ct);
        Apply(workspace, interview, plans, firing: null);
    }

    /// <summary>
    /// Decides about a nudge whose timer fired, after bringing the interview's other nudges in line.
    /// On time (within <see cref="OnTime"/>) or snoozed: send. Much later: send now if the policy
    /// still finds it useful now, saying so; wait for the next working moment when that is what the
    /// policy says; else expire it. A nudge no longer wanted at all (done, turned off, the interview
    /// moved on) is cancelled, and one whose planned time moved ahead waits for it.
    /// </summary>
    public async Task<Firing> JudgeAsync(Workspace workspace, Interview interview, Nudge firing, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(firing);
        var plans = await PlanAsync(workspace, interview, ct);
        var recipient = firing.PersonId;
        Apply(workspace, interview, plans, firing);
        var now = plans.Now;
        if (!firing.IsWaiting) return Firing.NotNow;
        // Handed over to the interview's new recruiter a moment ago: their timer, in their working time, will come.
        if (firing.PersonId != recipient) return Firing.NotNow;
        if (!plans.Wanted.TryGetValue(firing.Key, out var ideal))
        {
            firing.Cancel(now);
            return Firing.NotNow;
        }
        if (firing.State == NudgeState.Snoozed) return Firing.Send;
        if (ideal.DueUtc > now)
        {
            // Its time moved ahead (the call was rescheduled a moment ago): the new timer will come.
            if (firing.MoveTo(ideal.DueUtc, now)) outbox.Schedule(firing);
            return Firing.NotNow;
        }
        if (now - firing.DueUtc <= OnTime) return Firing.Send;
        if (!plans.Current.TryGetValue(firing.Key, out var current))
        {
            firing.Expire(now);
            return Firing.NotNow;
        }
        if (current.DueUtc <= now + OnTime) return Firing.SendLate;
        if (firing.MoveTo(current.DueUtc, now)) outbox.Schedule(firing);
        return Firing.NotNow;
    }

    /// <summary>The plan as of now, and what the interview calls for regardless of the clock (ideal times).</summary>
    private sealed record Plans(DateTime Now, Dictionary<string, PlannedNudge> Current, Dictionary<string, PlannedNudge> Wanted,
        Dictionary<string, Nudge> Existing, Person? Recruiter, Person? Candidate, Person? HiringManager, Dictionary<Guid, Person> Former)
    {
        /// <summary>The chat user the booking named as the candidate, while they are asked to confirm.</summary>
        public Person? Named { get; init; }
    }

    private async Task<Plans> PlanAsync(Workspace workspace, Interview interview, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var recruiter = interview.Recruiter.PersonId is { } r ? await people.GetAsync(workspace.Id, r, ct) : null;
        // A candidate who joined from another workspace is a person of theirs (the one link across workspaces).
        var candidate = interview.Candidate.PersonId is { } c ? await people.GetAsync(interview.CandidateWorkspaceId ?? workspace.Id, c, ct) : null;
        var manager = interview.HiringManager?.PersonId is { } h ? await people.GetAsync(workspace.Id, h, ct) : null;
        var named = interview.AwaitsConfirmation && interview.NamedCandidateId is { } n ? await people.GetAsync(workspace.Id, n, ct) : null;
        var existing = (await nudges.ListForInterviewAsync(interview.Id, ct)).ToDictionary(n => n.Key);
        times.Follow(workspace, recruiter);
        times.Follow(workspace, candidate);
        times.Follow(workspace, manager);
        times.Follow(workspace, named);

        // A person's own prep is never posted to the team channel, whoever is on it.
        var team = workspace.TeamConversationId is null || !ChannelNames.IsTeamInterview(interview) ? null : times.Team(workspace);
        var facts = InterviewFacts.From(interview, recruiter is null ? null : times.Of(workspace, recruiter),
            candidate is null ? null : times.Of(workspace, candidate), team, LastCandidateUpdate(interview, recruiter), Loop(existing.Values),
            manager is null ? null : times.Of(workspace, manager), DecisionRemindersSent(interview, existing.Values), named is null ? null : times.Of(workspace, named));
        var ideal = policy.PlanFor(facts, workspace.NudgeSettings, recruiter?.NudgeOverrides, candidate?.NudgeOverrides, DateTime.MinValue).ToList();
        // The role brief only matters to a recruiter's prep; it is read only when such a nudge is planned.
        var brief = ideal.Any(p => p.Kind == NudgeKind.PrepReminder && p.To == NudgeRecipient.Recruiter)
            ? await briefs.FindAsync(workspace.Id, RoleBrief.KeyOf(interview.Role), ct) : null;
        Dictionary<string, PlannedNudge> Open(IEnumerable<PlannedNudge> planned) =>
            planned.Where(p => !IsDone(interview, p, recruiter, candidate, brief) && !(existing.TryGetValue(p.Key, out var row) && row.DoneUtc is not null))
                .ToDictionary(p => p.Key);
        return new Plans(now, Open(policy.PlanFor(facts, workspace.NudgeSettings, recruiter?.NudgeOverrides, candidate?.NudgeOverrides, now)), Open(ideal),
            existing, recruiter, candidate, manager, await FormerRecipientsAsync(workspace, existing.Values, [recruiter, candidate, manager, named], ct)) { Named = named };
    }

    /// <summary>Brings every stored nudge but the firing one in line with the plan.</summary>
    private void Apply(Workspace workspace, Interview interview, Plans plans, Nudge? firing)
    {
        var now = plans.Now;
        foreach (var plan in plans.Current.Values)
        {
            if (!plans.Existing.TryGetValue(plan.Key, out var nudge))
            {
                var personId = plan.To switch
                {
                    NudgeRecipient.Recruiter => plans.Recruiter?.Id,
                    NudgeRecipient.Candidate when plan.Kind == NudgeKind.CandidateConfirm => plans.Named?.Id,
                    NudgeRecipient.Candidate => plans.Candidate?.Id,
                    NudgeRecipient.HiringManager => plans.HiringManager?.Id,
                    _ => null,
                };
                nudge = new Nudge(workspace.Id, interview.Id, personId, plan.Kind, plan.To, plan.Key, plan.Number, plan.DueUtc, now);
                nudges.Add(nudge);
                outbox.Schedule(nudge);
            }
            else if (plan.To == NudgeRecipient.Recruiter && plans.Recruiter is { } owner && nudge.HandTo(owner.Id, plan.DueUtc, now))
            {
                // The interview was handed over: what waited for the old recruiter is the new one's, in their working time.
                outbox.Schedule(nudge);
            }
            else if (nudge.Id != firing?.Id && (nudge.Revive(plan.DueUtc, now) || (Follows(nudge, plans.Wanted.GetValueOrDefault(plan.Key, plan), now) && nudge.MoveTo(plan.DueUtc, now))))
            {
                outbox.Schedule(nudge);
            }
        }

        foreach (var stale in plans.Existing.Values.Where(n => n.IsWaiting && n.Id != firing?.Id && !plans.Current.ContainsKey(n.Key)))
        {
            // Still wanted but no longer useful, and its time passed without it going out: expired, and shown
            // as such. Anything else was done, turned off or overtaken by the interview: cancelled.
            if (!(plans.Wanted.ContainsKey(stale.Key) && stale.DueUtc <= now && stale.Expire(now))) stale.Cancel(now);
            outbox.Cancel(stale);
        }

        // Cards already sent for a follow-up that is over lose their buttons, and so do those of someone who handed the interview over.
        foreach (var sent in plans.Existing.Values.Where(n => n.MessageId is not null && n.CardClosedUtc is null))
        {
            var recipient = RecipientOf(sent, plans) ?? (sent.PersonId is { } id ? plans.Former.GetValueOrDefault(id) : null);
            var former = recipient is not null && plans.Former.ContainsKey(recipient.Id);
            if (former || !plans.Wanted.ContainsKey(sent.Key)) cards.Close(sent, workspace, interview, recipient, now);
        }
    }

    /// <summary>
    /// People who were sent a card for the interview and are no longer on it (they handed it over): their
    /// open cards close. Read only when there are such cards.
    /// </summary>
    private async Task<Dictionary<Guid, Person>> FormerRecipientsAsync(Workspace workspace, IEnumerable<Nudge> existing, IReadOnlyList<Person?> current,
        CancellationToken ct)
    {
        var former = new Dictionary<Guid, Person>();
        foreach (var id in existing.Where(n => n.MessageId is not null && n.CardClosedUtc is null && n.Recipient != NudgeRecipient.TeamChannel)
                     .Select(n => n.PersonId).OfType<Guid>().Where(id => !current.Any(p => p?.Id == id)).Distinct())
        {
            if (await people.GetAsync(workspace.Id, id, ct) is { } person) former[id] = person;
        }
        return former;
    }

    /// <summary>
    /// Whether a pending nudge takes the plan's time. A snooze keeps the time its recipient chose, a retry
    /// the time its back-off chose, and a nudge already due is judged when its timer fires (moving it to
    /// "now" on every pass would only churn its timer) – unless its planned time moved ahead.
    /// </summary>
    private static bool Follows(Nudge nudge, PlannedNudge ideal, DateTime now) =>
        nudge.State == NudgeState.Pending && (ideal.DueUtc > now || (nudge.DueUtc > now && nudge.Attempts == 0));

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

    /// <summary>
    /// The reminders to update the candidate sent so far, and each <i>Keep following up</i> – read from
    /// the stored nudges, so the cadence needs no column of its own.
    /// </summary>
    private static LoopHistory Loop(IEnumerable<Nudge> existing)
    {
        var rows = existing.ToList();
        var last = rows.Where(n => n.Kind is NudgeKind.KeepInTheLoop or NudgeKind.PromisedNewsDue && n.SentUtc is not null)
            .MaxBy(n => n.SentUtc);
        var extended = rows.Where(n => n.Kind == NudgeKind.CloseOrExtend && n.DoneUtc is not null).Select(n => n.DoneUtc!.Value).ToList();
        return new LoopHistory(last is null ? null : new SentReminder(last.Kind, last.Key, last.Number, last.SentUtc!.Value), extended);
    }

    private static Person? RecipientOf(Nudge nudge, Plans plans) =>
        new[] { plans.Candidate, plans.Recruiter, plans.HiringManager, plans.Named }.FirstOrDefault(p => p is not null && p.Id == nudge.PersonId);

    /// <summary>The reminders the hiring manager has had about the current ask: the next one is planned after the last.</summary>
    private static int DecisionRemindersSent(Interview interview, IEnumerable<Nudge> existing) =>
        interview.DecisionAskedUtc is { } asked
            ? existing.Where(n => n.Kind == NudgeKind.DecisionReminder && n.SentUtc >= asked).Select(n => n.Number).DefaultIfEmpty(0).Max()
            : 0;

    /// <summary>The last time the recruiter kept the candidate in the loop: the next update is due from there.</summary>
    private static DateTime? LastCandidateUpdate(Interview interview, Person? recruiter)
    {
        var entry = recruiter is null ? null : interview.FindEntry(recruiter.Id, "keep-in-the-loop");
        return entry is { Done: true } ? entry.UpdatedUtc : null;
    }
}
