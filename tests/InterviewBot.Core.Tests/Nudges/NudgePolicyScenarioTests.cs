using static InterviewBot.Core.Nudges.NudgeKind;
using static InterviewBot.Core.Nudges.NudgeRecipient;
using static InterviewBot.Core.Tests.Nudges.NudgeTestKit;

namespace InterviewBot.Core.Tests.Nudges;

/// <summary>Whole plans for calls people would recognise, read in each recipient's own clock.</summary>
public class NudgePolicyScenarioTests
{
    private static readonly NudgeSettings Defaults = NudgeSettings.Defaults;

    [Fact]
    public void A_Friday_evening_call_in_Berlin_gets_its_follow_ups_on_Monday_morning()
    {
        var berlin = Berlin();
        var plan = PolicyAt(At(berlin, "2027-10-25 10:00"))
            .PlanFor(Call(At(berlin, "2027-10-29 17:30"), 30, berlin, berlin), Defaults);

        Assert.Equal("Thu 2027-10-28 09:00", Local(berlin, plan.Single(PrepReminder, Recruiter).DueUtc));
        Assert.Equal("Thu 2027-10-28 09:00", Local(berlin, plan.Single(PrepReminder, Candidate).DueUtc));
        Assert.Equal("Fri 2027-10-29 17:15", Local(berlin, plan.Single(CallStarting, Candidate).DueUtc));
        Assert.Equal("Fri 2027-10-29 18:10", Local(berlin, plan.Single(CallDone, Recruiter).DueUtc));
        // The clocks go back on Sunday: Monday 09:00 is 08:00 UTC, no longer 07:00.
        Assert.Equal("Mon 2027-11-01 09:00", Local(berlin, plan.Single(ThankYou, Candidate).DueUtc));
        Assert.Equal(Utc("2027-11-01 08:00"), plan.Single(ThankYou, Candidate).DueUtc);
        Assert.Equal("Mon 2027-11-01 10:00", Local(berlin, plan.Single(PostMortem, Candidate).DueUtc));
        Assert.Equal("Mon 2027-11-01 09:00", Local(berlin, plan.Single(FeedbackDue, Recruiter, 1).DueUtc));
        Assert.Equal("Tue 2027-11-02 09:00", Local(berlin, plan.Single(FeedbackDue, Recruiter, 2).DueUtc));
        Assert.Equal("Thu 2027-11-04 09:00", Local(berlin, plan.Single(FeedbackOverdue, Recruiter).DueUtc));
    }

    [Fact]
    public void The_call_done_card_follows_a_call_that_ends_after_hours_because_the_recruiter_is_on_it()
    {
        var berlin = Berlin();
        var plan = PolicyAt(At(berlin, "2027-10-25 10:00"))
            .PlanFor(Call(At(berlin, "2027-10-29 17:30"), 30, berlin, null), Defaults);

        var done = plan.Single(CallDone, Recruiter);

        Assert.False(new WorkingCalendar(berlin).IsWorkingMoment(done.DueUtc));
        Assert.Equal(At(berlin, "2027-10-29 18:10"), done.DueUtc);
    }

    [Fact]
    public void A_candidate_whose_call_ends_in_their_evening_is_thanked_and_reflects_the_next_working_morning()
    {
        // 09:30 in New York is 20:00 in Kolkata.
        var newYork = NewYork();
        var kolkata = Kolkata();
        var plan = PolicyAt(At(newYork, "2027-01-11 12:00"))
            .PlanFor(Call(At(newYork, "2027-01-13 09:30"), 30, newYork, kolkata), Defaults);

        Assert.Equal("Wed 2027-01-13 19:45", Local(kolkata, plan.Single(CallStarting, Candidate).DueUtc));
        Assert.Equal("Tue 2027-01-12 09:00", Local(kolkata, plan.Single(PrepReminder, Candidate).DueUtc));
        Assert.Equal("Thu 2027-01-14 09:00", Local(kolkata, plan.Single(ThankYou, Candidate).DueUtc));
        Assert.Equal("Thu 2027-01-14 10:00", Local(kolkata, plan.Single(PostMortem, Candidate).DueUtc));
        // The recruiter's day goes on: feedback is counted in New York's working days.
        Assert.Equal("Thu 2027-01-14 09:00", Local(newYork, plan.Single(FeedbackDue, Recruiter, 1).DueUtc));
        Assert.Equal("Wed 2027-01-13 10:10", Local(newYork, plan.Single(CallDone, Recruiter).DueUtc));
    }

    [Fact]
    public void A_call_during_the_working_day_is_followed_by_a_thank_you_half_an_hour_later()
    {
        var berlin = Berlin();
        var plan = PolicyAt(At(berlin, "2027-06-01 10:00"))
            .PlanFor(Call(At(berlin, "2027-06-02 14:00"), 45, berlin, berlin), Defaults);

        Assert.Equal("Wed 2027-06-02 15:15", Local(berlin, plan.Single(ThankYou, Candidate).DueUtc));
        Assert.Equal("Thu 2027-06-03 10:00", Local(berlin, plan.Single(PostMortem, Candidate).DueUtc));
    }

    [Fact]
    public void A_call_ending_just_before_closing_time_sends_the_thank_you_right_away_while_the_day_lasts()
    {
        var berlin = Berlin();
        var plan = PolicyAt(At(berlin, "2027-06-01 10:00"))
            .PlanFor(Call(At(berlin, "2027-06-02 17:00"), 45, berlin, berlin), Defaults);

        Assert.Equal("Wed 2027-06-02 17:45", Local(berlin, plan.Single(ThankYou, Candidate).DueUtc));
    }

    [Fact]
    public void Ascension_Day_is_skipped_when_counting_feedback_days_in_Germany()
    {
        var berlin = Berlin();
        var plan = PolicyAt(At(berlin, "2027-05-03 10:00"))
            .PlanFor(Call(At(berlin, "2027-05-05 14:00"), 30, berlin, berlin), Defaults);

        Assert.Equal("Fri 2027-05-07 09:00", Local(berlin, plan.Single(FeedbackDue, Recruiter, 1).DueUtc));
        Assert.Equal("Mon 2027-05-10 09:00", Local(berlin, plan.Single(FeedbackDue, Recruiter, 2).DueUtc));
        Assert.Equal("Wed 2027-05-12 09:00", Local(berlin, plan.Single(FeedbackOverdue, Recruiter).DueUtc));
        Assert.Equal("Fri 2027-05-07 10:00", Local(berlin, plan.Single(PostMortem, Candidate).DueUtc));
    }

    [Fact]
    public void Without_a_holiday_country_Ascension_Day_is_an_ordinary_Thursday()
    {
        var berlin = Berlin(holidays: null);
        var plan = PolicyAt(At(berlin, "2027-05-03 10:00"))
            .PlanFor(Call(At(berlin, "2027-05-05 14:00"), 30, berlin, null), Defaults);

        Assert.Equal("Thu 2027-05-06 09:00", Local(berlin, plan.Single(FeedbackDue, Recruiter, 1).DueUtc));
    }

    [Fact]
    public void Thanksgiving_is_skipped_in_New_York()
    {
        var newYork = NewYork();
        var plan = PolicyAt(At(newYork, "2026-11-23 10:00"))
            .PlanFor(Call(At(newYork, "2026-11-25 15:00"), 30, newYork, newYork), Defaults);

        Assert.Equal("Fri 2026-11-27 09:00", Local(newYork, plan.Single(FeedbackDue, Recruiter, 1).DueUtc));
        Assert.Equal("Mon 2026-11-30 09:00", Local(newYork, plan.Single(FeedbackDue, Recruiter, 2).DueUtc));
        Assert.Equal("Wed 2026-12-02 09:00", Local(newYork, plan.Single(FeedbackOverdue, Recruiter).DueUtc));
        Assert.Equal("Wed 2026-11-25 16:00", Local(newYork, plan.Single(ThankYou, Candidate).DueUtc));
    }

    [Fact]
    public void In_the_Easter_week_when_Berlin_changes_clocks_the_nudges_stay_at_nine_local()
    {
        // Thursday 25 March 2027; Good Friday, the clock change on Sunday and Easter Monday follow.
        var berlin = Berlin();
        var plan = PolicyAt(At(berlin, "2027-03-22 10:00"))
            .PlanFor(Call(At(berlin, "2027-03-25 16:00"), 30, berlin, berlin), Defaults);

        var first = plan.Single(FeedbackDue, Recruiter, 1);
        Assert.Equal("Tue 2027-03-30 09:00", Local(berlin, first.DueUtc));
        Assert.Equal(Utc("2027-03-30 07:00"), first.DueUtc);
        Assert.Equal("Wed 2027-03-24 09:00", Local(berlin, plan.Single(PrepReminder, Recruiter).DueUtc));
        Assert.Equal(Utc("2027-03-24 08:00"), plan.Single(PrepReminder, Recruiter).DueUtc);
        Assert.Equal("Tue 2027-03-30 10:00", Local(berlin, plan.Single(PostMortem, Candidate).DueUtc));
    }

    [Fact]
    public void In_New_Yorks_clock_change_week_Monday_nine_is_an_hour_earlier_in_UTC()
    {
        var newYork = NewYork();
        var plan = PolicyAt(At(newYork, "2027-03-08 10:00"))
            .PlanFor(Call(At(newYork, "2027-03-12 11:00"), 30, newYork, null), Defaults);

        Assert.Equal(Utc("2027-03-11 14:00"), plan.Single(PrepReminder, Recruiter).DueUtc);
        Assert.Equal(Utc("2027-03-15 13:00"), plan.Single(FeedbackDue, Recruiter, 1).DueUtc);
        Assert.Equal("Mon 2027-03-15 09:00", Local(newYork, plan.Single(FeedbackDue, Recruiter, 1).DueUtc));
    }

    [Fact]
    public void In_Sydney_the_clocks_go_forward_in_October_and_Monday_nine_follows_them()
    {
        var sydney = Sydney();
        var plan = PolicyAt(At(sydney, "2027-09-27 10:00"))
            .PlanFor(Call(At(sydney, "2027-10-01 17:00"), 30, sydney, sydney), Defaults);

        Assert.Equal("Mon 2027-10-04 09:00", Local(sydney, plan.Single(ThankYou, Candidate).DueUtc));   // the call ended at closing time
        Assert.Equal(Utc("2027-10-03 22:00"), plan.Single(FeedbackDue, Recruiter, 1).DueUtc);          // AEDT, UTC+11
    }

    [Fact]
    public void A_Sunday_to_Thursday_week_takes_feedback_up_again_on_Sunday()
    {
        var jerusalem = Jerusalem();
        var plan = PolicyAt(At(jerusalem, "2027-03-21 10:00"))
            .PlanFor(Call(At(jerusalem, "2027-03-25 16:00"), 30, jerusalem, jerusalem), Defaults);

        Assert.Equal("Sun 2027-03-28 09:00", Local(jerusalem, plan.Single(FeedbackDue, Recruiter, 1).DueUtc));
        Assert.Equal("Sun 2027-03-28 10:00", Local(jerusalem, plan.Single(PostMortem, Candidate).DueUtc));
        Assert.Equal("Wed 2027-03-31 09:00", Local(jerusalem, plan.Single(FeedbackOverdue, Recruiter).DueUtc));
    }

    [Fact]
    public void A_four_day_week_skips_Friday()
    {
        var london = FourDayLondon();
        var plan = PolicyAt(At(london, "2027-06-07 10:00"))
            .PlanFor(Call(At(london, "2027-06-10 11:00"), 30, london, london), Defaults);

        Assert.Equal("Mon 2027-06-14 09:00", Local(london, plan.Single(FeedbackDue, Recruiter, 1).DueUtc));
        Assert.Equal("Tue 2027-06-15 09:00", Local(london, plan.Single(FeedbackDue, Recruiter, 2).DueUtc));
        Assert.Equal("Thu 2027-06-17 09:00", Local(london, plan.Single(FeedbackOverdue, Recruiter).DueUtc));
        Assert.Equal("Wed 2027-06-09 09:00", Local(london, plan.Single(PrepReminder, Candidate).DueUtc));
    }

    [Fact]
    public void A_promised_feedback_date_moves_the_reminders_to_the_day_before_and_the_day_itself()
    {
        var berlin = Berlin();
        var plan = PolicyAt(At(berlin, "2027-06-07 11:00"))
            .PlanFor(Call(At(berlin, "2027-06-07 10:00"), 30, berlin, null, InterviewStatus.Held, promised: new DateOnly(2027, 6, 10)), Defaults);

        Assert.Equal("Wed 2027-06-09 09:00", Local(berlin, plan.Single(FeedbackDue, Recruiter, 1).DueUtc));
        Assert.Equal("Thu 2027-06-10 09:00", Local(berlin, plan.Single(FeedbackDue, Recruiter, 2).DueUtc));
        Assert.Equal("Fri 2027-06-11 09:00", Local(berlin, plan.Single(FeedbackOverdue, Recruiter).DueUtc));
    }

    [Fact]
    public void A_feedback_date_promised_for_a_Saturday_is_worked_towards_by_Friday_and_overdue_on_Monday()
    {
        var berlin = Berlin();
        var plan = PolicyAt(At(berlin, "2027-06-07 11:00"))
            .PlanFor(Call(At(berlin, "2027-06-07 10:00"), 30, berlin, null, InterviewStatus.Held, promised: new DateOnly(2027, 6, 12)), Defaults);

        Assert.Equal("Thu 2027-06-10 09:00", Local(berlin, plan.Single(FeedbackDue, Recruiter, 1).DueUtc));
        Assert.Equal("Fri 2027-06-11 09:00", Local(berlin, plan.Single(FeedbackDue, Recruiter, 2).DueUtc));
        Assert.Equal("Mon 2027-06-14 09:00", Local(berlin, plan.Single(FeedbackOverdue, Recruiter).DueUtc));
    }

    [Fact]
    public void Feedback_promised_for_the_next_day_gets_one_reminder_that_morning()
    {
        var berlin = Berlin();
        var plan = PolicyAt(At(berlin, "2027-06-07 11:00"))
            .PlanFor(Call(At(berlin, "2027-06-07 10:00"), 30, berlin, null, InterviewStatus.Held, promised: new DateOnly(2027, 6, 8)), Defaults);

        Assert.Equal("Tue 2027-06-08 09:00", Local(berlin, Assert.Single(plan, n => n.Kind == FeedbackDue).DueUtc));
        Assert.Equal("Wed 2027-06-09 09:00", Local(berlin, plan.Single(FeedbackOverdue, Recruiter).DueUtc));
    }

    [Fact]
    public void The_team_channel_hears_of_overdue_feedback_in_the_teams_own_working_hours()
    {
        var berlin = Berlin();
        var team = NewYork();
        var plan = PolicyAt(At(berlin, "2027-06-07 11:00"))
            .PlanFor(Call(At(berlin, "2027-06-07 10:00"), 30, berlin, null, InterviewStatus.Held, team: team), Defaults);

        Assert.Equal("Fri 2027-06-11 09:00", Local(berlin, plan.Single(FeedbackOverdue, Recruiter).DueUtc));
        Assert.Equal("Fri 2027-06-11 09:00", Local(team, plan.Single(FeedbackOverdueTeam, TeamChannel).DueUtc));
    }
}
