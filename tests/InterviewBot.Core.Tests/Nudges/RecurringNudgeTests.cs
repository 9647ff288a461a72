using System.Collections.Frozen;
using static InterviewBot.Core.Tests.Nudges.NudgeTestKit;

namespace InterviewBot.Core.Tests.Nudges;

/// <summary>The nudges that repeat: keep-in-the-loop while a decision is pending, and the team digest.</summary>
public class RecurringNudgeTests
{
    private static readonly WorkingTime Team = Berlin();

    private static DigestSchedule Weekly(DayOfWeek day, int hour = 9, int minute = 30) => new(DigestCadence.Weekly, new TimeOnly(hour, minute), day);

    [Fact]
    public void Keep_in_the_loop_comes_every_second_working_morning_and_skips_a_holiday()
    {
        var berlin = Berlin();
        var facts = Call(At(berlin, "2027-05-03 10:00"), 30, berlin, null, InterviewStatus.DecisionPending);
        var policy = PolicyAt(At(berlin, "2027-05-03 11:00"));

        var first = policy.NextKeepInTheLoop(facts, facts.EndUtc, NudgeSettings.Defaults)!;
        var second = policy.NextKeepInTheLoop(facts, first.DueUtc, NudgeSettings.Defaults)!;
        var third = policy.NextKeepInTheLoop(facts, second.DueUtc, NudgeSettings.Defaults)!;

        Assert.Equal("Wed 2027-05-05 09:00", Local(berlin, first.DueUtc));
        Assert.Equal("Mon 2027-05-10 09:00", Local(berlin, second.DueUtc));   // Thursday is Ascension Day
        Assert.Equal("Wed 2027-05-12 09:00", Local(berlin, third.DueUtc));
        Assert.Equal(3, new[] { first.Key, second.Key, third.Key }.Distinct().Count());
        Assert.EndsWith(":KeepInTheLoop:Recruiter:2027-05-10", second.Key);
    }

    [Fact]
    public void Keep_in_the_loop_stops_when_the_decision_is_no_longer_pending_or_the_recruiter_turned_it_off()
    {
        var berlin = Berlin();
        var facts = Call(At(berlin, "2027-05-03 10:00"), 30, berlin, null, InterviewStatus.DecisionPending);
        var policy = PolicyAt(At(berlin, "2027-05-03 11:00"));

        Assert.Null(policy.NextKeepInTheLoop(facts with { Status = InterviewStatus.FeedbackSent }, facts.EndUtc, NudgeSettings.Defaults));
        Assert.Null(policy.NextKeepInTheLoop(facts, facts.EndUtc, NudgeSettings.Defaults,
            new NudgeOverrides { TurnOff = new[] { NudgeKind.KeepInTheLoop }.ToFrozenSet() }));
        Assert.Equal("Wed 2027-05-12 09:00", Local(berlin, policy.NextKeepInTheLoop(facts, facts.EndUtc, NudgeSettings.Defaults,
            new NudgeOverrides { KeepInTheLoopWorkingDays = 6 })!.DueUtc));
    }

    [Fact]
    public void A_keep_in_the_loop_nudge_missed_while_the_bot_was_down_comes_at_the_next_working_moment()
    {
        var berlin = Berlin();
        var facts = Call(At(berlin, "2027-05-03 10:00"), 30, berlin, null, InterviewStatus.DecisionPending);

        var next = PolicyAt(At(berlin, "2027-05-07 19:00")).NextKeepInTheLoop(facts, facts.EndUtc, NudgeSettings.Defaults)!;

        Assert.Equal("Mon 2027-05-10 09:00", Local(berlin, next.DueUtc));
    }

    [Fact]
    public void The_daily_digest_comes_each_working_morning_and_not_on_weekends_or_holidays()
    {
        var policy = PolicyAt(At(Team, "2027-05-05 08:00"));

        var wednesday = policy.NextDigest("T1", Team, NudgeSettings.Defaults, At(Team, "2027-05-05 08:00"))!;
        var afterWednesday = policy.NextDigest("T1", Team, NudgeSettings.Defaults, wednesday.DueUtc)!;
        var afterFriday = policy.NextDigest("T1", Team, NudgeSettings.Defaults, At(Team, "2027-05-07 09:30"))!;

        Assert.Equal("Wed 2027-05-05 09:30", Local(Team, wednesday.DueUtc));
        Assert.Equal("Fri 2027-05-07 09:30", Local(Team, afterWednesday.DueUtc));   // Ascension Day
        Assert.Equal("Mon 2027-05-10 09:30", Local(Team, afterFriday.DueUtc));
        Assert.Equal("T1:TeamDigest:TeamChannel:2027-05-10", afterFriday.Key);
        Assert.Equal(NudgeRecipient.TeamChannel, afterFriday.To);
    }

    [Fact]
    public void A_weekly_digest_on_Easter_Monday_moves_to_Tuesday_across_the_clock_change()
    {
        var settings = NudgeSettings.Defaults with { Digest = Weekly(DayOfWeek.Monday) };
        var policy = PolicyAt(At(Team, "2027-03-26 12:00"));

        var easter = policy.NextDigest("T1", Team, settings, At(Team, "2027-03-26 12:00"))!;
        var following = policy.NextDigest("T1", Team, settings, easter.DueUtc)!;

        Assert.Equal("Tue 2027-03-30 09:30", Local(Team, easter.DueUtc));
        Assert.Equal(Utc("2027-03-30 07:30"), easter.DueUtc);
        Assert.Equal("Mon 2027-04-05 09:30", Local(Team, following.DueUtc));
    }

    [Fact]
    public void A_weekly_digest_moved_by_a_holiday_is_still_found_when_asked_on_the_holiday()
    {
        var settings = NudgeSettings.Defaults with { Digest = Weekly(DayOfWeek.Monday) };

        var next = PolicyAt(At(Team, "2027-03-29 11:00")).NextDigest("T1", Team, settings, At(Team, "2027-03-29 11:00"))!;

        Assert.Equal("Tue 2027-03-30 09:30", Local(Team, next.DueUtc));
    }

    [Fact]
    public void A_digest_time_outside_the_teams_hours_is_moved_inside_them()
    {
        var early = NudgeSettings.Defaults with { Digest = new DigestSchedule(DigestCadence.Daily, new TimeOnly(6, 0)) };
        var late = NudgeSettings.Defaults with { Digest = new DigestSchedule(DigestCadence.Daily, new TimeOnly(21, 0)) };
        var policy = PolicyAt(At(Team, "2027-06-01 07:00"));

        Assert.Equal("Tue 2027-06-01 09:00", Local(Team, policy.NextDigest("T1", Team, early, At(Team, "2027-06-01 07:00"))!.DueUtc));
        Assert.Equal("Tue 2027-06-01 17:59", Local(Team, policy.NextDigest("T1", Team, late, At(Team, "2027-06-01 07:00"))!.DueUtc));
    }

    [Fact]
    public void No_digest_when_it_is_off_and_never_one_in_the_past()
    {
        var off = NudgeSettings.Defaults with { Digest = new DigestSchedule(DigestCadence.Off, new TimeOnly(9, 30)) };
        var turnedOff = NudgeSettings.Defaults with { TurnedOff = new[] { NudgeKind.TeamDigest }.ToFrozenSet() };
        var policy = PolicyAt(At(Team, "2027-06-02 12:00"));

        Assert.Null(policy.NextDigest("T1", Team, off, At(Team, "2027-06-01 07:00")));
        Assert.Null(policy.NextDigest("T1", Team, turnedOff, At(Team, "2027-06-01 07:00")));
        Assert.Equal("Thu 2027-06-03 09:30", Local(Team, policy.NextDigest("T1", Team, NudgeSettings.Defaults, At(Team, "2027-06-01 07:00"))!.DueUtc));
    }
}
