using InterviewBot.Core.Conversations;
using InterviewBot.Core.Nudges;
using InterviewBot.Core.Playbooks;
using InterviewBot.Core.Telemetry;

namespace InterviewBot.Core.FollowUp;

/// <summary>
/// Delivers one nudge when its trigger fires: checks it is still wanted (the interview may have
/// moved on), writes its card, sends it through the recipient's platform, and records the message
/// id so a tap can update the card. A failed send is retried later with growing, jittered gaps;
/// a nudge is marked sent the moment the platform accepts it, so it is never sent twice.
/// </summary>
public sealed class NudgeDispatcher(
    INudges nudges,
    IWorkspaces workspaces,
    IInterviews interviews,
    IPeople people,
    IRoleBriefs briefs,
    IConversationAddresses addresses,
    SentCardLedger ledger,
    IEnumerable<IChatTransport> transports,
    Commit commit,
    NudgePlanner planner,
    DigestPlanner digests,
    TeamDigest teamDigest,
    NudgeOutbox outbox,
    PlaybookCatalog playbooks,
    WorkingTimes times,
    DirectChats directChats,
    HomeRefresh homes,
    TimeProvider time) : INudgeDelivery
{
    /// <summary>After this many failed attempts the nudge is given up and shows as failed.</summary>
    public const int MaxAttempts = 8;

    /// <summary>A trigger may fire a moment early; earlier than this and the nudge was moved later.</summary>
    private static readonly TimeSpan EarlyTolerance = TimeSpan.FromSeconds(5);

    public async Task DeliverAsync(Guid nudgeId, CancellationToken cancellationToken = default)
    {
        using var telemetry = new NudgeTelemetry();
        var nudge = await nudges.FindAsync(nudgeId, cancellationToken);
        if (nudge is null || !nudge.IsWaiting) return;
        var now = time.GetUtcNow().UtcDateTime;
        telemetry.Fired(nudge.Kind, nudge.DueUtc, now);
        if (nudge.DueUtc > now + EarlyTolerance) return; // moved later: the trigger for the new time will come
        var workspace = await workspaces.GetAsync(nudge.WorkspaceId, cancellationToken);
        if (workspace is null) return;

        var interview = nudge.InterviewId is { } id ? await interviews.FindAsync(workspace.Id, id, cancellationToken) : null;
        DateTime? meantFor = null;
        if (interview is not null)
        {
            // Judge it against the plan first: what it asks for may be done, the call may have moved,
            // or it may be too late to be of use (docs/nudges.md, "On time, late and expired").
            switch (await planner.JudgeAsync(workspace, interview, nudge, cancellationToken))
            {
                case Firing.NotNow:
                    telemetry.Outcome(nudge.State);
                    await commit.SaveAsync(cancellationToken);
                    return;
                case Firing.SendLate:
                    meantFor = nudge.DueUtc;
                    break;
            }
        }
        else if (nudge.Kind == NudgeKind.TeamDigest && now - nudge.DueUtc > NudgePlanner.OnTime && !IsTeamWorkingDay(workspace, now))
        {
            // A digest held up past its day is not sent on a day off; the next one is planned instead.
            nudge.Expire(now);
            telemetry.Outcome(NudgeTelemetry.Expired);
            await digests.SyncAsync(workspace, cancellationToken);
            await commit.SaveAsync(cancellationToken);
            return;
        }

        var message = await ComposeAsync(nudge, workspace, interview, meantFor, cancellationToken);
        var address = nudge.PersonId is { } personId
            ? await PersonalAsync(workspace, personId, cancellationToken)
            : workspace.TeamConversationId is { } channel ? await addresses.FindAsync(workspace.Id, channel, cancellationToken) : null;
        var transport = address is null ? null : transports.FirstOrDefault(t => t.Platform == address.Platform);
        if (message is null)
        {
            nudge.Cancel(now);
            telemetry.Outcome(NudgeTelemetry.Cancelled);
        }
        else if (address is null || transport is null)
        {
            nudge.RecordFailure("There is no chat to reach them in: they have not talked to the bot yet, or no team channel is set.", null, now);
            telemetry.Outcome(NudgeTelemetry.NoChat);
        }
        else
        {
            await SendAsync(nudge, address, transport, message, now, telemetry, cancellationToken);
        }

        if (interview is not null && PlansFromItself(nudge)) await planner.SyncAsync(workspace, interview, cancellationToken);
        if (nudge.Kind == NudgeKind.TeamDigest) await digests.SyncAsync(workspace, cancellationToken);
        await commit.SaveAsync(cancellationToken);
    }

    /// <summary>
    /// Nudges whose next one counts from them: a reminder to update the candidate once it went out (the
    /// card it replaces closes), and a hiring manager's decision reminder.
    /// </summary>
    private static bool PlansFromItself(Nudge nudge) =>
        nudge.Recipient == NudgeRecipient.HiringManager
        || (nudge.State == NudgeState.Sent && nudge.Kind is NudgeKind.KeepInTheLoop or NudgeKind.PromisedNewsDue);

    /// <summary>The person's 1:1 chat; a hiring manager on Slack is reached by their user id too (<see cref="DirectChats"/>).</summary>
    private async Task<ConversationAddress?> PersonalAsync(Workspace workspace, Guid personId, CancellationToken ct)
    {
        var stored = await addresses.FindPersonalAsync(personId, ct);
        if (stored is not null || !DirectChats.CanOpenByUserId(workspace)) return stored;
        var person = await people.GetAsync(workspace.Id, personId, ct);
        return person is null ? null : directChats.OpenByUserId(workspace, person);
    }

    private async Task SendAsync(Nudge nudge, ConversationAddress address, IChatTransport transport, OutboundMessage message, DateTime now, NudgeTelemetry telemetry,
        CancellationToken ct)
    {
        telemetry.Sending(nudge.DueUtc, now);
        try
        {
            // A post to the team channel starts a conversation of its own, never a reply in someone's thread.
            var messageId = nudge.Recipient == NudgeRecipient.TeamChannel
                ? await transport.StartThreadAsync(address, message, ct)
                : await transport.PostAsync(ChatDestination.Stored(address), message, ct);
            nudge.MarkSent(address.ConversationId, messageId, time.GetUtcNow().UtcDateTime);
            await ledger.RecordAsync(nudge.WorkspaceId, nudge.Id, address.ConversationId, messageId, ct);
            homes.Changed(nudge.WorkspaceId, nudge.PersonId);
            telemetry.Outcome(NudgeTelemetry.Sent);
        }
        catch (DeliveryException failure) when (failure.IsTransient && nudge.Attempts + 1 < MaxAttempts)
        {
            nudge.RecordFailure(failure.Message, now + RetryDelay(nudge.Attempts, failure.RetryAfter), now);
            outbox.Schedule(nudge);
            telemetry.Retrying(failure);
        }
        catch (DeliveryException failure)
        {
            nudge.RecordFailure(failure.Message, null, now);
            telemetry.Outcome(NudgeTelemetry.Failed);
        }
    }

    /// <summary>Exponential from one minute, capped at an hour, with jitter so retries from many nudges spread out.</summary>
    public static TimeSpan RetryDelay(int attemptsSoFar, TimeSpan? retryAfter)
    {
        var backoff = TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, attemptsSoFar)));
        var jitter = TimeSpan.FromSeconds(Random.Shared.Next(0, 30));
        var delay = backoff + jitter;
        return retryAfter is { } wait && wait > delay ? wait : delay;
    }

    /// <summary>A late digest goes out (composed for today) only on one of the team's working days.</summary>
    private bool IsTeamWorkingDay(Workspace workspace, DateTime nowUtc)
    {
        var team = new WorkingCalendar(times.Team(workspace));
        return team.IsWorkingDay(team.LocalDate(nowUtc));
    }

    private async Task<OutboundMessage?> ComposeAsync(Nudge nudge, Workspace workspace, Interview? interview, DateTime? meantFor, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var zone = times.Team(workspace).TimeZoneId;
        CardView? card;
        if (nudge.Kind == NudgeKind.TeamDigest)
        {
            card = await teamDigest.ComposeAsync(workspace, now, ct);
        }
        else if (interview is null)
        {
            return null;
        }
        else if (nudge.Recipient == NudgeRecipient.TeamChannel)
        {
            if (!ChannelNames.IsTeamInterview(interview)) return null; // a person's own prep never reaches the channel
            var recruiter = interview.Recruiter.PersonId is { } r ? await people.GetAsync(workspace.Id, r, ct) : null;
            var calendar = new WorkingCalendar(recruiter is null ? WorkingTime.Default : times.Of(workspace, recruiter));
            var deadline = FeedbackDeadline.For(calendar, calendar.LocalDate(interview.StartUtc), interview.FeedbackDueDate, workspace.NudgeSettings.FeedbackWorkingDays);
            card = NudgeCards.TeamOverdue(await ChannelNames.ForAsync(workspace, people, ct), interview, recruiter?.DisplayName ?? interview.Recruiter.Name,
                calendar.WorkingDaysBetween(deadline.Deadline, calendar.LocalDate(now)), zone, now);
        }
        else
        {
            // A candidate who joined from another workspace is a person of theirs.
            var home = nudge.Recipient == NudgeRecipient.Candidate ? interview.CandidateWorkspaceId ?? workspace.Id : workspace.Id;
            var person = nudge.PersonId is { } p ? await people.GetAsync(home, p, ct) : null;
            if (person is null) return null;
            zone = times.Of(workspace, person).TimeZoneId;
            var playbook = playbooks.For(interview.SideOf(person.Id) ?? Audience.Recruiter);
            var brief = playbook.Audience == Audience.Recruiter ? await briefs.FindAsync(workspace.Id, RoleBrief.KeyOf(interview.Role), ct) : null;
            card = NudgeCards.Compose(new NudgeContext(nudge, workspace, interview, person, playbook, Brief: brief, NowUtc: now));
        }
        if (meantFor is { } meant && card is NudgeView view)
            card = view with { Facts = [.. view.Facts ?? [], LateNote(meant, zone)] };
        return new OutboundMessage(null, card, nudge.Id);
    }

    /// <summary>Said on a nudge that goes out late: when it was meant for, in the recipient's time.</summary>
    public static Fact LateNote(DateTime meantForUtc, string zone) =>
        new("Meant for", $"{Zones.ToLocal(meantForUtc, zone).ToString("ddd d MMM, HH:mm", System.Globalization.CultureInfo.InvariantCulture)} – it could not go out then");
}
