using static InterviewBot.Core.Nudges.NudgeKind;
using static InterviewBot.Core.Nudges.NudgeRecipient;
using static InterviewBot.Core.Tests.Nudges.NudgeTestKit;

namespace InterviewBot.Core.Tests.Nudges;

/// <summary>
/// Keeping the candidate in the loop while the decision is pending (docs/nudges.md, "Until there is a
/// decision"): the cadence goes on after an ignored reminder, the promised date's morning takes its
/// turn, and after six weeks the recruiter is asked once to close or extend, then nothing more.
/// </summary>
public class KeepInTheLoopCadenceTests
{
    private static readonly WorkingTime Rita = Berlin();
    private static readonly NudgeSettings Defaults = NudgeSettings.Defaults;

    /// <summary>A call on Monday 7 June 2027, 10:00–10:30 Berlin, waiting on a decision.</summary>
    private static InterviewFacts Pending(DateOnly? promised = null, DateTime? update = null, LoopHistory? loop = null) =>
        Call(At(Rita, "2027-06-07 10:00"), 30, Rita, null, InterviewStatus.DecisionPending, promised) with { LastCandidateUpdateUtc = update, Loop = loop };

    private static SentReminder Sent(NudgeKind kind, string localDay, string localTime = "09:00") =>
        new(kind, PlannedNudge.KeyFor(Pending().InterviewId, kind, Recruiter, localDay), 1, At(Rita, $"{localDay} {localTime}"));

    private static List<string> Reminders(IReadOnlyList<PlannedNudge> plan) =>
        [.. plan.Where(p => p.Kind is KeepInTheLoop or PromisedNewsDue or CloseOrExtend).Select(p => $"{p.Kind} {Local(Rita, p.DueUtc)}")];

    [Fact]
    public void An_ignored_reminder_is_followed_by_the_next_two_working_days_after_it_went_out()
    {
        var loop = new LoopHistory(Sent(KeepInTheLoop, "2027-06-09"), []);

        var plan = PolicyAt(At(Rita, "2027-06-09 09:01")).PlanFor(Pending(update: At(Rita, "2027-06-07 11:00"), loop: loop), Defaults, asOfUtc: DateTime.MinValue);

        // The one that went out stays in the plan (its card stays live) until the next one takes its place.
        Assert.Contains(plan, p => p.Key == loop.LastReminder!.Key);
        Assert.Equal(At(Rita, "2027-06-11 09:00"), Assert.Single(plan, p => p.Kind == KeepInTheLoop && p.Key != loop.LastReminder!.Key).DueUtc);
    }

    [Fact]
    public void An_update_later_than_the_last_reminder_restarts_the_count_and_lets_its_card_close()
    {
        var loop = new LoopHistory(Sent(KeepInTheLoop, "2027-06-09"), []);

        var plan = PolicyAt(At(Rita, "2027-06-10 15:00")).PlanFor(Pending(update: At(Rita, "2027-06-10 14:00"), loop: loop), Defaults);

        Assert.DoesNotContain(plan, p => p.Key == loop.LastReminder!.Key);
        Assert.Equal(["KeepInTheLoop Mon 2027-06-14 09:00", "CloseOrExtend Mon 2027-07-19 09:00"], Reminders(plan));
    }

    [Fact]
    public void The_morning_of_the_promised_date_takes_the_turn_of_a_reminder_due_that_day_or_later()
    {
        var update = At(Rita, "2027-06-07 11:00");
        var policy = PolicyAt(At(Rita, "2027-06-07 11:05"));

        var onWednesday = policy.PlanFor(Pending(new DateOnly(2027, 6, 9), update), Defaults);
        var onFriday = policy.PlanFor(Pending(new DateOnly(2027, 6, 11), update), Defaults);
        var onSaturday = policy.PlanFor(Pending(new DateOnly(2027, 6, 12), update), Defaults);

        Assert.Equal(["PromisedNewsDue Wed 2027-06-09 09:00", "CloseOrExtend Mon 2027-07-19 09:00"], Reminders(onWednesday));
        Assert.Equal(["KeepInTheLoop Wed 2027-06-09 09:00", "PromisedNewsDue Fri 2027-06-11 09:00", "CloseOrExtend Mon 2027-07-19 09:00"], Reminders(onFriday));
        Assert.Equal(["KeepInTheLoop Wed 2027-06-09 09:00", "PromisedNewsDue Mon 2027-06-14 09:00", "CloseOrExtend Mon 2027-07-19 09:00"], Reminders(onSaturday));
    }

    [Fact]
    public void A_promised_date_already_over_when_the_decision_went_pending_does_not_hold_the_reminders_up()
    {
        // Feedback was promised for Wednesday; the call is marked pending only on Friday afternoon.
        var plan = PolicyAt(At(Rita, "2027-06-11 15:00")).PlanFor(Pending(new DateOnly(2027, 6, 9)), Defaults);

        Assert.Equal(["KeepInTheLoop Fri 2027-06-11 15:00", "CloseOrExtend Mon 2027-07-19 09:00"], Reminders(plan));
    }

    [Fact]
    public void After_the_promised_morning_went_out_the_cadence_counts_from_it_and_it_is_not_planned_again()
    {
        var loop = new LoopHistory(Sent(PromisedNewsDue, "2027-06-09", "09:00"), []);

        var plan = PolicyAt(At(Rita, "2027-06-09 09:01")).PlanFor(Pending(new DateOnly(2027, 6, 9), At(Rita, "2027-06-07 11:00"), loop), Defaults);

        Assert.Equal(["PromisedNewsDue Wed 2027-06-09 09:01", "KeepInTheLoop Fri 2027-06-11 09:00", "CloseOrExtend Mon 2027-07-19 09:00"], Reminders(plan));
    }

    [Fact]
    public void Six_weeks_after_the_call_the_recruiter_is_asked_once_and_no_reminder_follows_until_they_answer()
    {
        var loop = new LoopHistory(Sent(KeepInTheLoop, "2027-07-16"), []);

        var plan = PolicyAt(At(Rita, "2027-07-16 09:01")).PlanFor(Pending(update: At(Rita, "2027-06-07 11:00"), loop: loop), Defaults);
        var later = PolicyAt(At(Rita, "2027-08-20 12:00")).PlanFor(Pending(update: At(Rita, "2027-06-07 11:00"), loop: loop), Defaults);

        // The reminder Tuesday 20 July would fall after the question on Monday 19 July (42 days after the call).
        Assert.Equal(["CloseOrExtend Mon 2027-07-19 09:00"], Reminders(plan).Skip(1));
        Assert.Equal(1, plan.Single(CloseOrExtend, Recruiter).Number);
        Assert.DoesNotContain(later, p => p.Kind is KeepInTheLoop or PromisedNewsDue && p.Key != loop.LastReminder!.Key);
    }

    [Fact]
    public void Keep_following_up_gives_six_more_weeks_counted_from_the_answer()
    {
        var loop = new LoopHistory(Sent(KeepInTheLoop, "2027-07-16"), [At(Rita, "2027-07-19 10:00")]);

        var plan = PolicyAt(At(Rita, "2027-07-19 10:01")).PlanFor(Pending(update: At(Rita, "2027-06-07 11:00"), loop: loop), Defaults);

        Assert.Equal(["KeepInTheLoop Wed 2027-07-21 09:00", "CloseOrExtend Mon 2027-08-30 09:00"], Reminders(plan.Where(p => p.Key != loop.LastReminder!.Key).ToList()));
        Assert.Equal(2, plan.Single(CloseOrExtend, Recruiter, 2).Number);
        Assert.Contains(plan, p => p.Key == loop.LastReminder!.Key); // its card stays live: the extension is no update to the candidate
    }

    [Fact]
    public void Nothing_of_it_once_the_decision_is_made_or_the_recruiter_turned_keep_in_the_loop_off()
    {
        var policy = PolicyAt(At(Rita, "2027-06-07 11:05"));
        var off = Defaults with { TurnedOff = new HashSet<NudgeKind> { KeepInTheLoop } };

        Assert.Empty(Reminders(policy.PlanFor(Pending(new DateOnly(2027, 6, 9)) with { Status = InterviewStatus.FeedbackSent }, Defaults)));
        Assert.Empty(Reminders(policy.PlanFor(Pending(new DateOnly(2027, 6, 9)), off)));
    }

    [Theory]
    [InlineData("2027-06-11", "2027-06-11")]   // promised Friday, still ahead: that date
    [InlineData("2027-06-09", "2027-06-11")]   // promised today: the day of the next reminder
    [InlineData("2027-06-02", "2027-06-11")]   // promised last week: the day of the next reminder
    [InlineData(null, "2027-06-11")]
    public void A_holding_message_offers_a_date_that_lies_ahead(string? promised, string expected)
    {
        var date = HoldingDate.For(new WorkingCalendar(Rita), new DateOnly(2027, 6, 9), promised is null ? null : DateOnly.Parse(promised, System.Globalization.CultureInfo.InvariantCulture), Defaults);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Fact]
    public void The_offered_date_skips_days_off()
    {
        // Wednesday 5 May 2027: two working days on is Monday 10 May, as Thursday is Ascension Day.
        Assert.Equal(new DateOnly(2027, 5, 10), HoldingDate.For(new WorkingCalendar(Rita), new DateOnly(2027, 5, 5), null, Defaults));
    }
}
