namespace InterviewBot.Core.Tests;

/// <summary>The hiring manager's part of an interview: asked after the call, and what each answer does.</summary>
public class InterviewDecisionTests
{
    private readonly Person _recruiter = Samples.Person("Rita Recruiter");
    private readonly Interview _screen;
    private readonly DateTime _afterCall;

    public InterviewDecisionTests()
    {
        _screen = Samples.Screen(_recruiter);
        _afterCall = _screen.EndUtc.AddHours(1);
    }

    [Fact]
    public void The_decision_can_be_asked_for_only_after_the_call_and_only_of_a_named_hiring_manager()
    {
        Assert.Contains("No hiring manager", Assert.Throws<DomainException>(() => _screen.AskForDecision(_afterCall)).Message);
        _screen.NameHiringManager(new HiringManager("  Sam Patel ", "sam@example.com"), Samples.Now);
        Assert.Contains("hasn't happened yet", Assert.Throws<DomainException>(() => _screen.AskForDecision(_screen.StartUtc.AddMinutes(-5))).Message);

        _screen.AskForDecision(_afterCall);

        Assert.Equal(("Sam Patel", "Sam"), (_screen.HiringManager!.Name, _screen.HiringManager.FirstName));
        Assert.Equal(InterviewStatus.DecisionPending, _screen.Status);
        Assert.True(_screen.AwaitsManager);
    }

    [Fact]
    public void A_decision_ends_the_wait_and_the_call_owes_feedback_again_with_the_reason_kept_for_the_recruiter()
    {
        _screen.NameHiringManager(new HiringManager("Sam Patel"), Samples.Now);
        _screen.AskForDecision(_afterCall);

        _screen.RecordManagerAnswer(HiringAnswer.NotAFit, "  Too junior for the team ", null, _afterCall.AddHours(1));

        Assert.Equal((InterviewStatus.Held, HiringAnswer.NotAFit, "Too junior for the team"), (_screen.Status, _screen.ManagerAnswer, _screen.ManagerNote));
        Assert.False(_screen.AwaitsManager);
        Assert.Throws<DomainException>(() => _screen.RecordManagerAnswer(HiringAnswer.NextRound, null, null, _afterCall.AddHours(2)));
    }

    [Fact]
    public void Needing_time_keeps_the_decision_pending_and_sets_the_date_the_candidate_hears_by()
    {
        _screen.NameHiringManager(new HiringManager("Sam Patel"), Samples.Now);
        _screen.AskForDecision(_afterCall);
        var until = DateOnly.FromDateTime(_afterCall).AddDays(7);

        Assert.Throws<DomainException>(() => _screen.RecordManagerAnswer(HiringAnswer.NeedsTime, null, null, _afterCall));
        _screen.RecordManagerAnswer(HiringAnswer.NeedsTime, null, until, _afterCall);

        Assert.Equal((InterviewStatus.DecisionPending, until), (_screen.Status, _screen.FeedbackDueDate));
        Assert.False(_screen.AwaitsManager);
        _screen.AskForDecision(_afterCall.AddDays(7)); // asking again starts a new wait
        Assert.True(_screen.AwaitsManager);
    }

    [Theory]
    [InlineData("", null, null)]
    [InlineData("Sam", "not-an-email", null)]
    [InlineData("Sam", null, "Mars/Base")]
    public void A_hiring_manager_needs_a_name_a_real_email_and_a_known_zone(string name, string? email, string? zone) =>
        Assert.Throws<DomainException>(() => _screen.NameHiringManager(new HiringManager(name, email, null, zone), Samples.Now));
}
