using System.Globalization;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Nudges;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.FollowUp;

/// <summary>
/// Done, Snooze and Stop on a nudge card. Each updates the card in place. Done also does what the
/// nudge asked for (feedback sent, thank-you sent…) and cancels the rest of that kind.
/// </summary>
public sealed class NudgeActions(INudges nudges, InterviewAccess access, NudgeOutbox outbox, NudgePlanner planner, WorkingTimes times, HomeRefresh homes)
{
    public async Task DoneAsync(Turn turn, CancellationToken ct)
    {
        var (nudge, interview) = await LoadAsync(turn, ct);
        if (ShowClosed(turn, nudge, interview)) return;
        var note = ApplyDone(turn, nudge, interview);
        nudge.MarkDone(turn.NowUtc);
        nudge.CloseCard(turn.NowUtc); // this turn puts the done card in its place
        foreach (var same in await nudges.ListWaitingForPersonAsync(turn.Person.Id, ct))
        {
            if (same.Id == nudge.Id || same.Kind != nudge.Kind || same.InterviewId != nudge.InterviewId) continue;
            same.Cancel(turn.NowUtc);
            outbox.Cancel(same);
        }
        outbox.Cancel(nudge);
        // Keep following up changes nothing on the interview, so its plan (six more weeks) is brought in line here.
        if (nudge.Kind == NudgeKind.CloseOrExtend && interview is not null) await planner.SyncAsync(turn.Workspace, interview, ct);
        turn.ShowInPlace(await CardAsync(turn, nudge, interview, note ?? "Done ✓ – I won't remind you about this again.", ct));
    }

    public async Task SnoozeAsync(Turn turn, CancellationToken ct)
    {
        var (nudge, interview) = await LoadAsync(turn, ct);
        if (ShowClosed(turn, nudge, interview)) return;
        var until = SnoozeUntil(turn.Submit?.Value(NudgeVerbs.SnoozeFor), times.Of(turn.Workspace, turn.Person), turn.NowUtc);
        var reason = turn.Submit?.Value(NudgeVerbs.SnoozeReason);
        nudge.Snooze(until, reason, turn.NowUtc);
        outbox.Schedule(nudge);
        var local = Zones.ToLocal(until, turn.Person.TimeZoneId).ToString("ddd d MMM, HH:mm", CultureInfo.InvariantCulture);
        var why = string.IsNullOrWhiteSpace(reason) ? "" : $" – {reason.Trim()}";
        turn.ShowInPlace(await CardAsync(turn, nudge, interview, $"Snoozed until {local}{why}.", ct));
    }

    public async Task StopAsync(Turn turn, CancellationToken ct)
    {
        var (nudge, interview) = await LoadAsync(turn, ct);
        turn.Person.TurnOffNudges(turn.Person.TurnedOffNudges.With(nudge.Kind));
        foreach (var same in await nudges.ListWaitingForPersonAsync(turn.Person.Id, ct))
        {
            if (same.Kind != nudge.Kind) continue;
            same.Cancel(turn.NowUtc);
            outbox.Cancel(same);
        }
        if (nudge.IsWaiting) nudge.Cancel(turn.NowUtc);
        nudge.CloseCard(turn.NowUtc);
        turn.ShowInPlace(await CardAsync(turn, nudge, interview, $"Stopped: no more \"{NudgeNames.Of(nudge.Kind)}\" reminders. Turn them back on in {Italic("settings")}.", ct));
    }

    /// <summary>The next working moment after the chosen pause, in the person's own working time.</summary>
    public static DateTime SnoozeUntil(string? choice, WorkingTime workingTime, DateTime nowUtc)
    {
        var calendar = new WorkingCalendar(workingTime);
        return choice switch
        {
            NudgeVerbs.OneHour => calendar.NextWorkingMoment(nowUtc.AddHours(1)),
            NudgeVerbs.TwoDays => calendar.StartOfWorkingDay(calendar.AddWorkingDays(calendar.LocalDate(nowUtc), 2)),
            NudgeVerbs.OneWeek => calendar.StartOfWorkingDay(calendar.AddWorkingDays(calendar.LocalDate(nowUtc), 5)),
            _ => calendar.StartOfNextWorkingDay(nowUtc),
        };
    }

    /// <summary>What tapping Done on each kind means for the interview.</summary>
    private string? ApplyDone(Turn turn, Nudge nudge, Interview? interview)
    {
        if (interview is null) return null;
        var me = turn.Person.Id;
        switch (nudge.Kind)
        {
            case NudgeKind.FeedbackDue or NudgeKind.FeedbackOverdue:
                interview.Entry(me, "send-feedback").Mark(true, turn.NowUtc);
                return interview.Advance(InterviewStatus.FeedbackSent, turn.NowUtc) ? "Feedback sent ✓ – the follow-up for this call is closed." : null;
            case NudgeKind.KeepInTheLoop or NudgeKind.PromisedNewsDue:
                var promised = PromisedDate(turn, interview);
                interview.Entry(me, "keep-in-the-loop").Mark(true, turn.NowUtc);
                interview.Advance(InterviewStatus.DecisionPending, turn.NowUtc);
                var by = promised is { } date ? $" You told {PersonNames.FirstName(interview.Candidate.Name)} they'll hear by {LoopWords.Date(date)}." : "";
                return $"Update sent ✓{by} I'll remind you again in a couple of working days while the decision is pending.";
            case NudgeKind.CloseOrExtend:
                return $"Keeping it open ✓ – I'll keep reminding you to update {PersonNames.FirstName(interview.Candidate.Name)} for another {NudgePolicy.PendingWeeks} weeks.";
            case NudgeKind.ThankYou:
                interview.Entry(me, "thank-you").Mark(true, turn.NowUtc);
                return "Thank-you sent ✓";
            case NudgeKind.PostMortem:
                interview.Entry(me, "post-mortem").Mark(true, turn.NowUtc);
                return null;
            case NudgeKind.CallDone:
                return interview.Advance(InterviewStatus.Held, turn.NowUtc) ? "Marked as held ✓ – the feedback reminders start now." : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The "you'll hear by" date on the card, recorded as the date promised: it must lie ahead, in the
    /// recruiter's own days. None given: the promise stays as it was.
    /// </summary>
    private DateOnly? PromisedDate(Turn turn, Interview interview)
    {
        var form = new FormReader(turn.Submit);
        var date = form.Date(NudgeVerbs.HearBy, "You'll hear by", required: false);
        if (!form.IsValid) throw new DomainException(form.Errors.Values.First());
        if (date is not { } day) return null;
        var today = new WorkingCalendar(times.Of(turn.Workspace, turn.Person)).LocalDate(turn.NowUtc);
        if (day <= today) throw new DomainException($"Pick a day after today for \"you'll hear by\" – {LoopWords.Date(day)} is not ahead. Nothing is changed.");
        interview.PromiseFeedbackBy(day, turn.NowUtc);
        return day;
    }

    private async Task<(Nudge Nudge, Interview? Interview)> LoadAsync(Turn turn, CancellationToken ct)
    {
        var id = turn.Submit?.GuidValue(NudgeVerbs.KeyNudge);
        var nudge = id is { } nudgeId ? await nudges.FindAsync(turn.Workspace.Id, nudgeId, ct) ?? await JoinedCandidatesAsync(turn, nudgeId, ct) : null;
        if (nudge is null) throw new DomainException("I can't find that reminder any more.");
        if (nudge.PersonId != turn.Person.Id) throw new DomainException("That reminder is for someone else, so I left it unchanged.");
        var interview = nudge.InterviewId is { } i ? await access.LoadAsync(turn, i, ct) : null;
        homes.Changed(turn.Workspace.Id, turn.Person.Id); // Done, Snooze and Stop all change what waits on them
        if (interview is not null) homes.Changed(interview);
        return (nudge, interview);
    }

    /// <summary>A reminder of another workspace's interview, for a candidate who joined it from this one (the interview is checked as well).</summary>
    private async Task<Nudge?> JoinedCandidatesAsync(Turn turn, Guid nudgeId, CancellationToken ct) =>
        await nudges.FindAsync(nudgeId, ct) is { Recipient: NudgeRecipient.Candidate } nudge && nudge.PersonId == turn.Person.Id ? nudge : null;

    /// <summary>
    /// A tap on a card whose follow-up is already over (its update to a closed card did not reach the
    /// chat, or the tap crossed it): answer with the closed card and the reason, change nothing.
    /// </summary>
    private bool ShowClosed(Turn turn, Nudge nudge, Interview? interview)
    {
        if (nudge.CardClosedUtc is null || interview is null) return false;
        turn.ShowInPlace(NudgeCardCloser.Closed(new NudgeContext(nudge, turn.Workspace, interview, turn.Person, access.Playbook(interview, turn.Person))));
        return true;
    }

    /// <summary>The tapped card again with its new status; a prep card reads the role brief to say what is still open.</summary>
    private async Task<Views.NudgeView> CardAsync(Turn turn, Nudge nudge, Interview? interview, string status, CancellationToken ct)
    {
        var playbook = interview is null ? null : access.Playbook(interview, turn.Person);
        var brief = interview is not null && nudge.Kind == NudgeKind.PrepReminder && playbook?.Audience == Audience.Recruiter
            ? await access.BriefAsync(turn, interview, create: false, ct) : null;
        return NudgeCards.Compose(new NudgeContext(nudge, turn.Workspace, interview, turn.Person, playbook, Brief: brief), status);
    }
}
