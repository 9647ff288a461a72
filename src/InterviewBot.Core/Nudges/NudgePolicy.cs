using static InterviewBot.Core.Nudges.NudgeKind;

namespace InterviewBot.Core.Nudges;

/// <summary>
/// Decides when each nudge of the product brief's table is due. Pure apart from the injected
/// clock: it plans, the scheduler delivers (and re-checks that the work is still pending). The rules
/// where the brief leaves a choice – working time, nothing in the past, times of day, what each
/// status gets – are specified in docs/nudges.md.
/// </summary>
public sealed class NudgePolicy(TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Every nudge still to come for one interview, earliest first. Recruiter and candidate
    /// nudges use the workspace settings with that person's overrides; team-channel nudges use
    /// the workspace settings alone.
    /// </summary>
    /// <param name="asOfUtc">
    /// The moment to plan from (now when null). <see cref="DateTime.MinValue"/> plans as if nothing
    /// had passed yet: every nudge the interview's status and the settings call for, at its ideal time.
    /// </param>
    public IReadOnlyList<PlannedNudge> PlanFor(InterviewFacts facts, NudgeSettings workspace,
        NudgeOverrides? recruiter = null, NudgeOverrides? candidate = null, DateTime? asOfUtc = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(workspace);
        if (facts.Status is InterviewStatus.Cancelled or InterviewStatus.NoShow) return [];

        var drafts = new List<Draft>();
        if (facts.Recruiter is { } recruiterTime)
            drafts.AddRange(RecruiterNudges(facts, new WorkingCalendar(recruiterTime), workspace.With(recruiter).Normalized(), workspace.Normalized(), Now));
        if (facts.Candidate is { } candidateTime)
            drafts.AddRange(CandidateNudges(facts, new WorkingCalendar(candidateTime), workspace.With(candidate).Normalized()));
        if (facts.HiringManager is { } managerTime)
            drafts.AddRange(HiringManagerNudges(facts, new WorkingCalendar(managerTime)));
        if (facts.NamedCandidate is { } namedTime && facts.ConfirmationAskedUtc is { } named)
            drafts.Add(Confirm(facts, new WorkingCalendar(namedTime), named));

        var now = asOfUtc ?? Now;
        return [.. drafts.Select(d => d.Settle(now)).OfType<PlannedNudge>()
            .OrderBy(n => n.DueUtc).ThenBy(n => n.Key, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The next keep-in-the-loop nudge after <paramref name="afterUtc"/> (the last one sent, or
    /// the last update the candidate had): the morning <c>KeepInTheLoopWorkingDays</c> working days
    /// later. Null unless the decision is pending and the recruiter uses the bot and wants it.
    /// </summary>
    public PlannedNudge? NextKeepInTheLoop(InterviewFacts facts, DateTime afterUtc, NudgeSettings workspace, NudgeOverrides? recruiter = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(workspace);
        if (facts.Status != InterviewStatus.DecisionPending || facts.Recruiter is null) return null;
        var settings = workspace.With(recruiter).Normalized();
        if (!settings.IsOn(KeepInTheLoop)) return null;
        return KeepInTheLoopDraft(facts, new WorkingCalendar(facts.Recruiter), settings, afterUtc).Settle(Now);
    }

    /// <summary>
    /// The next team digest strictly after <paramref name="afterUtc"/> and not before now, in the
    /// team's working time; null when the digest is off.
    /// </summary>
    /// <param name="channelKey">Names the team channel in the key (e.g. the workspace id and channel id).</param>
    public PlannedNudge? NextDigest(string channelKey, WorkingTime team, NudgeSettings workspace, DateTime afterUtc)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (!workspace.IsOn(TeamDigest)) return null;
        var due = DigestTimes.Next(new WorkingCalendar(team), workspace.Digest, afterUtc, Now);
        return due is { } d
            ? new PlannedNudge(TeamDigest, NudgeRecipient.TeamChannel, d.Utc, PlannedNudge.KeyFor(channelKey, TeamDigest, NudgeRecipient.TeamChannel, PlannedNudge.Occurrence(d.Date)))
            : null;
    }

    /// <param name="now">The clock's time (not the time planned as of): whether a promised date's day is over.</param>
    private static IEnumerable<Draft> RecruiterNudges(InterviewFacts f, WorkingCalendar cal, NudgeSettings s, NudgeSettings team, DateTime now)
    {
        const NudgeRecipient to = NudgeRecipient.Recruiter;
        if (f.Status == InterviewStatus.Scheduled)
        {
            if (s.IsOn(PrepReminder)) yield return Prep(f, cal, s, to);
            if (s.IsOn(CallStarting)) yield return Starting(f, s, to);
            if (s.IsOn(CallDone))
                yield return new Draft(CallDone, to, f.EndUtc + s.CallDoneDelay, Key(f, CallDone, to), Late: cal, LateNowUntil: f.EndUtc + CallDoneStillFresh);
        }

        if (f.Status is InterviewStatus.Scheduled or InterviewStatus.Held)
            foreach (var draft in Feedback(f, cal, s, team)) yield return draft;

        if (f.Status == InterviewStatus.DecisionPending && s.IsOn(KeepInTheLoop))
            foreach (var draft in KeepingInTheLoop(f, cal, s, now)) yield return draft;
    }

    /// <summary>
    /// While the decision is pending: a reminder every <c>KeepInTheLoopWorkingDays</c> working days,
    /// counted from the later of the candidate's last update, the last reminder sent and the last
    /// extension – so an ignored one is followed by the next; the morning of the promised date instead
    /// when that comes first; and once six weeks have passed since the call (six more per extension),
    /// the question to close or extend, after which nothing more until the recruiter answers it.
    /// </summary>
    private static IEnumerable<Draft> KeepingInTheLoop(InterviewFacts f, WorkingCalendar cal, NudgeSettings s, DateTime now)
    {
        const NudgeRecipient to = NudgeRecipient.Recruiter;
        var loop = f.Loop ?? LoopHistory.None;
        var update = f.LastCandidateUpdateUtc ?? f.EndUtc;
        var after = new[] { update, loop.LastReminder?.SentUtc ?? update, loop.LastExtendedUtc ?? update }.Max();

        var ask = StartOfWorkingDayFrom(cal, cal.LocalDate(f.EndUtc).AddDays(PendingWeeks * 7 * (loop.Extensions + 1)));
        yield return new Draft(CloseOrExtend, to, ask, Key(f, CloseOrExtend, to, loop.Extensions + 1), loop.Extensions + 1, Late: cal);

        // The card of the last reminder stays live (and in the plan) until a newer one goes out or the candidate is updated.
        if (loop.LastReminder is { } last && last.SentUtc >= update)
            yield return new Draft(last.Kind, to, last.SentUtc, last.Key, last.Number, Late: cal);

        DateTime? promised = null;
        if (f.FeedbackDueDate is { } date && StartOfWorkingDayFrom(cal, date) is var morning && morning > after && morning < ask)
        {
            var day = cal.LocalDate(morning);
            // Only a promised morning still to come takes a reminder's turn: one whose day is over (the
            // decision went pending after it) is of no use, and must not hold the reminders up.
            if (cal.EndOfWorkingDay(day) > now) promised = morning;
            yield return new Draft(PromisedNewsDue, to, morning, PlannedNudge.KeyFor(f.InterviewId, PromisedNewsDue, to, PlannedNudge.Occurrence(day)),
                UsefulUntil: cal.EndOfWorkingDay(day), Late: cal);
        }

        var next = KeepInTheLoopDraft(f, cal, s, after);
        if (next.DueUtc < ask && !(promised is { } p && cal.LocalDate(p) <= cal.LocalDate(next.DueUtc))) yield return next;
    }

    /// <summary>How long a decision may stay pending, counted from the end of the call, before the recruiter is asked to close or extend.</summary>
    public const int PendingWeeks = 6;

    /// <summary>The start of <paramref name="date"/>'s working day, or of the next working day when it is a day off.</summary>
    private static DateTime StartOfWorkingDayFrom(WorkingCalendar cal, DateOnly date) =>
        cal.StartOfWorkingDay(cal.IsWorkingDay(date) ? date : cal.NextWorkingDay(date));

    private static IEnumerable<Draft> Feedback(InterviewFacts f, WorkingCalendar cal, NudgeSettings s, NudgeSettings team)
    {
        const NudgeRecipient to = NudgeRecipient.Recruiter;
        var deadline = FeedbackDeadline.For(cal, cal.LocalDate(f.EndUtc), f.FeedbackDueDate, s.FeedbackWorkingDays);
        var overdue = cal.StartOfWorkingDay(deadline.OverdueFrom);
        DateTime? second = deadline.SecondReminder is { } secondDay ? cal.StartOfWorkingDay(secondDay) : null;

        if (s.IsOn(FeedbackDue))
        {
            if (deadline.FirstReminder is { } firstDay)
                yield return new Draft(FeedbackDue, to, cal.StartOfWorkingDay(firstDay), Key(f, FeedbackDue, to, 1), 1, second ?? overdue, cal);
            if (second is { } secondUtc)
                yield return new Draft(FeedbackDue, to, secondUtc, Key(f, FeedbackDue, to, 2), 2, overdue, cal);
        }
        if (s.IsOn(FeedbackOverdue))
            yield return new Draft(FeedbackOverdue, to, overdue, Key(f, FeedbackOverdue, to), Late: cal);
        if (f.Team is { } teamTime && team.IsOn(FeedbackOverdueTeam))
        {
            var teamCal = new WorkingCalendar(teamTime);
            yield return new Draft(FeedbackOverdueTeam, NudgeRecipient.TeamChannel, teamCal.NextWorkingMoment(overdue),
                Key(f, FeedbackOverdueTeam, NudgeRecipient.TeamChannel), Late: teamCal);
        }
    }

    private static IEnumerable<Draft> CandidateNudges(InterviewFacts f, WorkingCalendar cal, NudgeSettings s)
    {
        const NudgeRecipient to = NudgeRecipient.Candidate;
        if (f.Status == InterviewStatus.Scheduled)
        {
            if (s.IsOn(PrepReminder)) yield return Prep(f, cal, s, to);
            if (s.IsOn(CallStarting)) yield return Starting(f, s, to);
        }

        if (s.IsOn(ThankYou))
        {
            // Right after the call (once notes are done) if that is still in working hours; right
            // away if only the wait would spill past the end of the day; else the next working
            // morning ("next morning if the call ended after hours").
            var wanted = f.EndUtc + s.ThankYouDelay;
            var due = cal.IsWorkingMoment(wanted) ? wanted
                : cal.IsWorkingMoment(f.EndUtc) ? f.EndUtc
                : cal.NextWorkingMoment(f.EndUtc);
            yield return new Draft(ThankYou, to, due, Key(f, ThankYou, to), 1, cal.EndOfWorkingDay(cal.LocalDate(due)), cal);
        }

        if (s.IsOn(PostMortem))
        {
            var day = cal.LocalDate(cal.StartOfNextWorkingDay(f.EndUtc));
            yield return new Draft(PostMortem, to, cal.AfterStart(day, s.PostMortemDelay), Key(f, PostMortem, to), 1, cal.EndOfWorkingDay(day), cal);
        }

        // The recruiter promised news by a date and the day passed with none (feedback not sent): the candidate's
        // next working morning after it, once per promised date – a new date plans a new one.
        if (s.IsOn(CheckIn) && f.Recruiter is not null && f.FeedbackDueDate is { } promised
            && f.Status is InterviewStatus.Scheduled or InterviewStatus.Held or InterviewStatus.DecisionPending)
        {
            var day = cal.NextWorkingDay(promised);
            yield return new Draft(CheckIn, to, cal.StartOfWorkingDay(day), PlannedNudge.KeyFor(f.InterviewId, CheckIn, to, PlannedNudge.Occurrence(promised)), Late: cal);
        }
    }

    /// <summary>
    /// While the decision waits on the hiring manager: the decision card at their next working moment
    /// after the ask, then a reminder each working morning after it until they answer. The last reminder
    /// sent stays in the plan, so its card keeps its buttons until the next one takes its place.
    /// </summary>
    private static IEnumerable<Draft> HiringManagerNudges(InterviewFacts f, WorkingCalendar cal)
    {
        const NudgeRecipient to = NudgeRecipient.HiringManager;
        if (f.Status != InterviewStatus.DecisionPending || f.DecisionAskedUtc is not { } asked) yield break;
        var ask = PlannedNudge.AskStamp(asked);
        var due = cal.IsWorkingMoment(asked) ? asked : cal.NextWorkingMoment(asked);
        yield return new Draft(DecisionAsk, to, due, PlannedNudge.KeyFor(f.InterviewId, DecisionAsk, to, ask), Late: cal);
        var askDay = cal.LocalDate(due);
        for (var n = Math.Max(1, f.DecisionRemindersSent); n <= f.DecisionRemindersSent + 1; n++)
        {
            var day = cal.AddWorkingDays(askDay, n);
            yield return new Draft(DecisionReminder, to, cal.StartOfWorkingDay(day),
                PlannedNudge.KeyFor(f.InterviewId, DecisionReminder, to, $"{ask}-{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}"), n, Late: cal);
        }
    }

    /// <summary>
    /// The named candidate's "is this your call?" at their next working moment after the booking; of no use once
    /// the call is over. It stays in the plan until they answer, so its card keeps its buttons till then.
    /// </summary>
    private static Draft Confirm(InterviewFacts f, WorkingCalendar cal, DateTime namedUtc)
    {
        var due = cal.IsWorkingMoment(namedUtc) ? namedUtc : cal.NextWorkingMoment(namedUtc);
        return new Draft(CandidateConfirm, NudgeRecipient.Candidate, due, Key(f, CandidateConfirm, NudgeRecipient.Candidate), UsefulUntil: f.EndUtc, Late: cal);
    }

    /// <summary>The morning of the recipient's last working day before the call.</summary>
    private static Draft Prep(InterviewFacts f, WorkingCalendar cal, NudgeSettings s, NudgeRecipient to)
    {
        var day = cal.PreviousWorkingDay(cal.LocalDate(f.StartUtc));
        var usefulUntil = s.IsOn(CallStarting) ? f.StartUtc - s.CallStartingLead : f.StartUtc;
        return new Draft(PrepReminder, to, cal.StartOfWorkingDay(day), Key(f, PrepReminder, to), 1, usefulUntil, cal);
    }

    private static Draft Starting(InterviewFacts f, NudgeSettings s, NudgeRecipient to) =>
        new(CallStarting, to, f.StartUtc - s.CallStartingLead, Key(f, CallStarting, to), 1, f.EndUtc, Late: null);

    private static Draft KeepInTheLoopDraft(InterviewFacts f, WorkingCalendar cal, NudgeSettings s, DateTime afterUtc)
    {
        var day = cal.AddWorkingDays(cal.LocalDate(afterUtc), s.KeepInTheLoopWorkingDays);
        var key = PlannedNudge.KeyFor(f.InterviewId, KeepInTheLoop, NudgeRecipient.Recruiter, PlannedNudge.Occurrence(day));
        return new Draft(KeepInTheLoop, NudgeRecipient.Recruiter, cal.StartOfWorkingDay(day), key, Late: cal);
    }

    private static string Key(InterviewFacts f, NudgeKind kind, NudgeRecipient to, int number = 1) =>
        PlannedNudge.KeyFor(f.InterviewId, kind, to, number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// How long after the call "how did it go?" still goes out at once when it is late: the outcome and
    /// notes are fresh for a couple of hours, even after working hours; later it waits for the morning.
    /// </summary>
    public static readonly TimeSpan CallDoneStillFresh = TimeSpan.FromHours(2);

    /// <summary>A nudge at its ideal time, before the clock is taken into account.</summary>
    /// <param name="UsefulUntil">After this instant the nudge is pointless and is dropped; null: always useful.</param>
    /// <param name="Late">Where a nudge whose time has passed goes: that calendar's next working moment, or now when null.</param>
    /// <param name="LateNowUntil">Until this instant a nudge whose time has passed goes out at once, working hours or not.</param>
    private sealed record Draft(NudgeKind Kind, NudgeRecipient To, DateTime DueUtc, string Key, int Number = 1,
        DateTime? UsefulUntil = null, WorkingCalendar? Late = null, DateTime? LateNowUntil = null)
    {
        public PlannedNudge? Settle(DateTime now)
        {
            var due = DueUtc >= now ? DueUtc
                : LateNowUntil is { } fresh && now <= fresh ? now
                : Late?.NextWorkingMoment(now) ?? now;
            return UsefulUntil is { } until && due >= until
                ? null
                : new PlannedNudge(Kind, To, DateTime.SpecifyKind(due, DateTimeKind.Utc), Key, Number);
        }
    }
}
