using System.Collections.Frozen;
using static InterviewBot.Core.Nudges.NudgeKind;
using static InterviewBot.Core.Nudges.NudgeRecipient;
using static InterviewBot.Core.Tests.Nudges.NudgeTestKit;

namespace InterviewBot.Core.Tests.Nudges;

/// <summary>Late planning, the interview's status, settings and keys.</summary>
public class NudgePolicyRulesTests
{
    private static readonly NudgeSettings Defaults = NudgeSettings.Defaults;
    private static readonly WorkingTime Recruiter_ = Berlin();

    /// <summary>Monday 7 June 2027, 10:00–10:30 in Berlin.</summary>
    private static InterviewFacts MondayCall(InterviewStatus status = InterviewStatus.Scheduled, WorkingTime? candidate = null, WorkingTime? team = null) =>
        Call(At(Recruiter_, "2027-06-07 10:00"), 30, Recruiter_, candidate ?? Berlin(), status, team: team);

    [Fact]
    public void A_call_booked_the_same_morning_gets_its_prep_reminder_right_away()
    {
        var now = At(Recruiter_, "2027-06-07 08:30");
        var plan = PolicyAt(now).PlanFor(MondayCall() with { StartUtc = At(Recruiter_, "2027-06-07 15:00"), EndUtc = At(Recruiter_, "2027-06-07 15:30") }, Defaults);

        Assert.Equal(At(Recruiter_, "2027-06-07 09:00"), plan.Single(PrepReminder, Recruiter).DueUtc);   // at the start of the working day

        var later = PolicyAt(At(Recruiter_, "2027-06-07 11:20")).PlanFor(MondayCall() with { StartUtc = At(Recruiter_, "2027-06-07 15:00"), EndUtc = At(Recruiter_, "2027-06-07 15:30") }, Defaults);
        Assert.Equal(At(Recruiter_, "2027-06-07 11:20"), later.Single(PrepReminder, Recruiter).DueUtc);
    }

    [Fact]
    public void A_call_booked_in_the_evening_for_early_next_morning_gets_no_prep_reminder_only_the_call_starting_card()
    {
        var plan = PolicyAt(At(Recruiter_, "2027-06-07 20:00"))
            .PlanFor(MondayCall() with { StartUtc = At(Recruiter_, "2027-06-08 08:30"), EndUtc = At(Recruiter_, "2027-06-08 09:00") }, Defaults);

        Assert.False(plan.Has(PrepReminder));
        Assert.Equal(At(Recruiter_, "2027-06-08 08:15"), plan.Single(CallStarting, Recruiter).DueUtc);
    }

    [Fact]
    public void Ten_minutes_before_the_call_the_call_starting_card_goes_now_and_no_prep_reminder_any_more()
    {
        var plan = PolicyAt(At(Recruiter_, "2027-06-07 09:50")).PlanFor(MondayCall(), Defaults);

        Assert.Equal(At(Recruiter_, "2027-06-07 09:50"), plan.Single(CallStarting, Recruiter).DueUtc);
        Assert.False(plan.Has(PrepReminder));
    }

    [Fact]
    public void During_the_call_its_card_still_comes_and_after_the_call_it_does_not()
    {
        var during = PolicyAt(At(Recruiter_, "2027-06-07 10:05")).PlanFor(MondayCall(), Defaults);
        Assert.Equal(At(Recruiter_, "2027-06-07 10:05"), during.Single(CallStarting, Recruiter).DueUtc);
        Assert.Equal(At(Recruiter_, "2027-06-07 10:40"), during.Single(CallDone, Recruiter).DueUtc);

        var after = PolicyAt(At(Recruiter_, "2027-06-07 10:31")).PlanFor(MondayCall(), Defaults);
        Assert.False(after.Has(CallStarting));
        Assert.False(after.Has(PrepReminder));
        Assert.True(after.Has(CallDone));
    }

    [Fact]
    public void A_missed_call_done_card_waits_for_the_recruiters_next_working_moment()
    {
        var plan = PolicyAt(At(Recruiter_, "2027-06-07 21:00")).PlanFor(MondayCall(), Defaults);

        Assert.Equal(At(Recruiter_, "2027-06-08 09:00"), plan.Single(CallDone, Recruiter).DueUtc);
    }

    [Fact]
    public void Planned_late_a_feedback_reminder_overtaken_by_the_next_one_is_dropped_and_the_current_one_comes_now()
    {
        // Wednesday 11:00: reminder 1 was Tuesday, reminder 2 was this morning, overdue is Friday.
        var now = At(Recruiter_, "2027-06-09 11:00");
        var plan = PolicyAt(now).PlanFor(MondayCall(InterviewStatus.Held), Defaults);

        Assert.DoesNotContain(plan, n => n.Kind == FeedbackDue && n.Number == 1);
        Assert.Equal(now, plan.Single(FeedbackDue, Recruiter, 2).DueUtc);
        Assert.Equal(At(Recruiter_, "2027-06-11 09:00"), plan.Single(FeedbackOverdue, Recruiter).DueUtc);
        Assert.False(plan.Has(ThankYou));    // Monday's thank-you is stale
        Assert.False(plan.Has(PostMortem));  // so is Tuesday's post-mortem
        Assert.All(plan, n => Assert.True(n.DueUtc >= now));
    }

    [Fact]
    public void Planned_late_in_the_evening_the_current_reminder_waits_for_the_next_morning()
    {
        var plan = PolicyAt(At(Recruiter_, "2027-06-09 20:00")).PlanFor(MondayCall(InterviewStatus.Held), Defaults);

        Assert.Equal(At(Recruiter_, "2027-06-10 09:00"), plan.Single(FeedbackDue, Recruiter, 2).DueUtc);
    }

    [Fact]
    public void Long_overdue_feedback_is_still_chased_now()
    {
        var now = At(Recruiter_, "2027-06-23 14:00");
        var plan = PolicyAt(now).PlanFor(MondayCall(InterviewStatus.Held, team: Berlin()), Defaults);

        Assert.Equal(now, plan.Single(FeedbackOverdue, Recruiter).DueUtc);
        Assert.Equal(now, plan.Single(FeedbackOverdueTeam, TeamChannel).DueUtc);
        Assert.False(plan.Has(FeedbackDue));
    }

    [Fact]
    public void A_held_call_gets_no_prep_or_call_cards_but_everything_after_the_call()
    {
        var plan = PolicyAt(At(Recruiter_, "2027-06-07 10:35")).PlanFor(MondayCall(InterviewStatus.Held), Defaults);

        Assert.False(plan.Has(PrepReminder));
        Assert.False(plan.Has(CallStarting));
        Assert.False(plan.Has(CallDone));
        Assert.True(plan.Has(FeedbackDue));
        Assert.True(plan.Has(ThankYou));
        Assert.True(plan.Has(PostMortem));
    }

    [Fact]
    public void While_the_decision_is_pending_the_recruiter_is_asked_to_keep_the_candidate_in_the_loop_instead_of_for_feedback()
    {
        var plan = PolicyAt(At(Recruiter_, "2027-06-07 11:00")).PlanFor(MondayCall(InterviewStatus.DecisionPending, team: Berlin()), Defaults);

        Assert.False(plan.Has(FeedbackDue));
        Assert.False(plan.Has(FeedbackOverdue));
        Assert.False(plan.Has(FeedbackOverdueTeam));
        Assert.Equal("Wed 2027-06-09 09:00", Local(Recruiter_, plan.Single(KeepInTheLoop, Recruiter).DueUtc));
        Assert.True(plan.Has(PostMortem, Candidate));
    }

    [Fact]
    public void Keep_in_the_loop_counts_from_the_last_update_the_candidate_had()
    {
        var facts = MondayCall(InterviewStatus.DecisionPending) with { LastCandidateUpdateUtc = At(Recruiter_, "2027-06-10 16:00") };

        var plan = PolicyAt(At(Recruiter_, "2027-06-10 16:05")).PlanFor(facts, Defaults);

        Assert.Equal("Mon 2027-06-14 09:00", Local(Recruiter_, plan.Single(KeepInTheLoop, Recruiter).DueUtc));
    }

    [Theory]
    [InlineData(InterviewStatus.Cancelled)]
    [InlineData(InterviewStatus.NoShow)]
    public void A_call_that_did_not_happen_gets_no_nudges(InterviewStatus status)
    {
        Assert.Empty(PolicyAt(At(Recruiter_, "2027-06-01 10:00")).PlanFor(MondayCall(status, team: Berlin()), Defaults));
    }

    [Theory]
    [InlineData(InterviewStatus.FeedbackSent)]
    [InlineData(InterviewStatus.Closed)]
    public void Once_feedback_is_sent_only_the_candidates_own_follow_ups_remain(InterviewStatus status)
    {
        var plan = PolicyAt(At(Recruiter_, "2027-06-07 10:35")).PlanFor(MondayCall(status), Defaults);

        Assert.All(plan, n => Assert.Equal(Candidate, n.To));
        Assert.True(plan.Has(ThankYou));
    }

    [Fact]
    public void A_candidate_who_does_not_use_the_bot_gets_nothing_and_a_recruiter_who_does_not_gets_nothing_either()
    {
        var noCandidate = PolicyAt(At(Recruiter_, "2027-06-01 10:00")).PlanFor(MondayCall() with { Candidate = null }, Defaults);
        Assert.DoesNotContain(noCandidate, n => n.To == Candidate);
        Assert.NotEmpty(noCandidate);

        var noRecruiter = PolicyAt(At(Recruiter_, "2027-06-01 10:00")).PlanFor(MondayCall(team: Berlin()) with { Recruiter = null }, Defaults);
        Assert.All(noRecruiter, n => Assert.Equal(Candidate, n.To));
        Assert.NotEmpty(noRecruiter);
    }

    [Fact]
    public void A_kind_turned_off_by_the_workspace_is_not_sent_unless_a_person_turns_it_back_on()
    {
        var workspace = Defaults with { TurnedOff = new[] { ThankYou, PrepReminder }.ToFrozenSet() };
        var candidate = new NudgeOverrides { TurnOn = new[] { ThankYou }.ToFrozenSet() };

        var plan = PolicyAt(At(Recruiter_, "2027-06-01 10:00")).PlanFor(MondayCall(), workspace, candidate: candidate);

        Assert.True(plan.Has(ThankYou, Candidate));
        Assert.False(plan.Has(PrepReminder));
    }

    [Fact]
    public void A_recruiter_can_turn_off_their_own_overdue_reminder_but_not_the_teams()
    {
        var recruiter = new NudgeOverrides { TurnOff = new[] { FeedbackOverdue, FeedbackOverdueTeam }.ToFrozenSet() };

        var plan = PolicyAt(At(Recruiter_, "2027-06-01 10:00")).PlanFor(MondayCall(team: Berlin()), Defaults, recruiter);

        Assert.False(plan.Has(FeedbackOverdue));
        Assert.True(plan.Has(FeedbackOverdueTeam, TeamChannel));
    }

    [Fact]
    public void Each_person_keeps_their_own_timings()
    {
        var candidate = new NudgeOverrides { CallStartingLead = TimeSpan.FromMinutes(5), ThankYouDelay = TimeSpan.FromMinutes(10) };
        var workspace = Defaults with { FeedbackWorkingDays = 5, CallDoneDelay = TimeSpan.FromMinutes(20) };

        var plan = PolicyAt(At(Recruiter_, "2027-06-01 10:00")).PlanFor(MondayCall(), workspace, candidate: candidate);

        Assert.Equal(At(Recruiter_, "2027-06-07 09:55"), plan.Single(CallStarting, Candidate).DueUtc);
        Assert.Equal(At(Recruiter_, "2027-06-07 09:45"), plan.Single(CallStarting, Recruiter).DueUtc);
        Assert.Equal(At(Recruiter_, "2027-06-07 10:40"), plan.Single(ThankYou, Candidate).DueUtc);
        Assert.Equal(At(Recruiter_, "2027-06-07 10:50"), plan.Single(CallDone, Recruiter).DueUtc);
        // Five working days: reminders on days 3 and 4, overdue on day 6.
        Assert.Equal("Thu 2027-06-10 09:00", Local(Recruiter_, plan.Single(FeedbackDue, Recruiter, 1).DueUtc));
        Assert.Equal("Fri 2027-06-11 09:00", Local(Recruiter_, plan.Single(FeedbackDue, Recruiter, 2).DueUtc));
        Assert.Equal("Tue 2027-06-15 09:00", Local(Recruiter_, plan.Single(FeedbackOverdue, Recruiter).DueUtc));
    }

    [Fact]
    public void Nonsense_settings_are_kept_in_range_instead_of_failing_at_nudge_time()
    {
        var workspace = Defaults with { FeedbackWorkingDays = 0, CallStartingLead = TimeSpan.FromMinutes(-30), PostMortemDelay = TimeSpan.FromDays(3) };

        var plan = PolicyAt(At(Recruiter_, "2027-06-01 10:00")).PlanFor(MondayCall(), workspace);

        Assert.False(plan.Has(FeedbackDue));
        Assert.Equal("Wed 2027-06-09 09:00", Local(Recruiter_, plan.Single(FeedbackOverdue, Recruiter).DueUtc));   // a day to answer
        Assert.Equal(At(Recruiter_, "2027-06-07 10:00"), plan.Single(CallStarting, Recruiter).DueUtc);
        Assert.Equal("Tue 2027-06-08 17:59", Local(Recruiter_, plan.Single(PostMortem, Candidate).DueUtc));
    }

    [Fact]
    public void Keys_are_unique_in_a_plan_and_the_same_when_the_call_is_rescheduled()
    {
        var facts = MondayCall(team: Berlin());
        var policy = PolicyAt(At(Recruiter_, "2027-06-01 10:00"));

        var plan = policy.PlanFor(facts, Defaults);
        var moved = policy.PlanFor(facts with { StartUtc = facts.StartUtc.AddDays(1), EndUtc = facts.EndUtc.AddDays(1) }, Defaults);

        Assert.Equal(plan.Count, plan.Select(n => n.Key).Distinct().Count());
        Assert.Equal(plan.Select(n => n.Key).Order(), moved.Select(n => n.Key).Order());
        Assert.NotEqual(plan.Select(n => n.DueUtc), moved.Select(n => n.DueUtc));
        Assert.Contains("0b7c6c1e5a434d7e9a2e3f0d2b9c8a11:FeedbackDue:Recruiter:2", plan.Select(n => n.Key));
        Assert.Equal(plan.OrderBy(n => n.DueUtc).Select(n => n.Key), plan.Select(n => n.Key));   // earliest first
    }

    [Fact]
    public void Facts_are_read_from_the_interview_and_its_people()
    {
        var now = At(Recruiter_, "2027-06-01 10:00");
        var recruiter = new Person(Guid.NewGuid(), "U1", "Ana", now);
        recruiter.ChangeWorkingTime("America/New_York", new TimeOnly(8, 0), new TimeOnly(16, 0), WorkingDays.MondayToFriday, "US");
        var interview = new Interview(Guid.NewGuid(), recruiter.Id, Audience.Recruiter, new Party("Ana", null, recruiter.Id), new Party("Zoë"),
            "Backend engineer", null, At("America/New_York", "2027-06-07 10:00"), At("America/New_York", "2027-06-07 10:30"), "America/New_York", now);
        interview.PromiseFeedbackBy(new DateOnly(2027, 6, 9), now);

        var facts = InterviewFacts.From(interview, recruiter, candidate: null);
        var plan = PolicyAt(now).PlanFor(facts, Defaults);

        Assert.False(facts.CandidateUsesBot);
        Assert.Equal("Tue 2027-06-08 08:00", Local(facts.Recruiter!, plan.Single(FeedbackDue, Recruiter, 1).DueUtc));
        Assert.Equal("Thu 2027-06-10 08:00", Local(facts.Recruiter!, plan.Single(FeedbackOverdue, Recruiter).DueUtc));
    }
}
