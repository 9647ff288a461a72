using static InterviewBot.Core.Tests.Nudges.NudgeTestKit;

namespace InterviewBot.Core.Tests.Nudges;

/// <summary>The hiring manager's decision card and its reminders: in their own zone, hours and holidays, one a working morning.</summary>
public class HiringManagerNudgeTests
{
    [Fact]
    public void Asked_on_a_Friday_evening_in_Berlin_the_New_York_manager_gets_the_card_that_afternoon_and_reminders_each_working_morning()
    {
        var berlin = Berlin();
        var newYork = NewYork();
        // The call was on Friday 14 May 2027; the recruiter asks at 19:00 Berlin, 13:00 in New York.
        var asked = At(berlin, "2027-05-14 19:00");
        var facts = Call(At(berlin, "2027-05-14 14:00"), 30, berlin, null, InterviewStatus.DecisionPending) with { HiringManager = newYork, DecisionAskedUtc = asked };
        var policy = PolicyAt(asked);

        var plan = policy.PlanFor(facts, NudgeSettings.Defaults);
        Assert.Equal("Fri 2027-05-14 13:00", Local(newYork, plan.Single(NudgeKind.DecisionAsk, NudgeRecipient.HiringManager).DueUtc));
        Assert.Equal("Mon 2027-05-17 09:00", Local(newYork, plan.Single(NudgeKind.DecisionReminder, NudgeRecipient.HiringManager).DueUtc));

        // After the first reminder went out: the next one, and the first keeps its place (its card keeps its buttons).
        var later = policy.PlanFor(facts with { DecisionRemindersSent = 1 }, NudgeSettings.Defaults, asOfUtc: DateTime.MinValue);
        Assert.Equal("Mon 2027-05-17 09:00", Local(newYork, later.Single(NudgeKind.DecisionReminder, NudgeRecipient.HiringManager, 1).DueUtc));
        Assert.Equal("Tue 2027-05-18 09:00", Local(newYork, later.Single(NudgeKind.DecisionReminder, NudgeRecipient.HiringManager, 2).DueUtc));
        // Memorial Day is a US holiday: the reminder after Friday 28 May comes on Tuesday 1 June.
        var memorial = policy.PlanFor(facts with { DecisionRemindersSent = 10 }, NudgeSettings.Defaults, asOfUtc: DateTime.MinValue);
        Assert.Equal("Tue 2027-06-01 09:00", Local(newYork, memorial.Single(NudgeKind.DecisionReminder, NudgeRecipient.HiringManager, 11).DueUtc));
    }

    [Fact]
    public void Nothing_goes_to_the_hiring_manager_once_they_answered_or_the_decision_is_no_longer_pending()
    {
        var berlin = Berlin();
        var asked = At(berlin, "2027-05-14 15:00");
        var facts = Call(At(berlin, "2027-05-14 14:00"), 30, berlin, null, InterviewStatus.DecisionPending) with { HiringManager = NewYork(), DecisionAskedUtc = asked };
        var policy = PolicyAt(asked);

        Assert.True(policy.PlanFor(facts, NudgeSettings.Defaults).Has(NudgeKind.DecisionAsk, NudgeRecipient.HiringManager));
        Assert.False(policy.PlanFor(facts with { DecisionAskedUtc = null }, NudgeSettings.Defaults).Has(NudgeKind.DecisionAsk));
        Assert.False(policy.PlanFor(facts with { Status = InterviewStatus.Held }, NudgeSettings.Defaults).Has(NudgeKind.DecisionReminder));
        Assert.False(policy.PlanFor(facts with { HiringManager = null }, NudgeSettings.Defaults).Has(NudgeKind.DecisionAsk));
    }
}
