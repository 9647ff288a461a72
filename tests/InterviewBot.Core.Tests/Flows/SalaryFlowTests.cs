using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Core.Tests.Flows;

/// <summary>
/// Issue 19, salary on both sides with the real engine on SQLite: the recruiter's budget against the
/// expectation they recorded, flagged on the call and after cards; the candidate's number saved only
/// when there is one.
/// </summary>
public sealed class SalaryFlowTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Chat _rita;
    private readonly Chat _cara;

    public SalaryFlowTests()
    {
        _rita = new Chat(_database, "T-ACME", "U-RITA", "Rita Recruiter");
        _cara = new Chat(_database, "T-ACME", "U-CARA", "Cara Candidate");
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task An_expectation_the_recruiter_records_above_the_budget_is_flagged_on_the_call_and_after_cards()
    {
        var (cardId, interviewId) = Opened(await _rita.TapAsync(Verbs.CreateInterview, Guid.NewGuid(), Booking.Interview()));
        await TapStepAsync(_rita, cardId, interviewId, "know-the-role", ("step.know-the-role.salary", "4,500–5,500"));
        await TapStepAsync(_rita, cardId, interviewId, "salary-early", ("step.salary-early.text", "shared 4,500–5,500; expects 6,200"));

        foreach (var phase in new[] { "during", "after" })
        {
            var shown = await _rita.TapAsync(Verbs.ShowPhase, cardId, (Verbs.KeyInterview, interviewId.ToString()), (Verbs.KeyPhase, phase));
            var flag = Assert.Single(Booking.Checklist(shown).Card.Facts!, f => f.Label == "Budget check");
            Assert.Contains("6,200", flag.Value, StringComparison.Ordinal);
            Assert.Contains("above", flag.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Open_to_discussion_saves_nothing_says_so_kindly_and_keeps_an_earlier_number()
    {
        var (cardId, interviewId) = Opened(await _cara.TapAsync(Verbs.CreatePrep, Guid.NewGuid(), Booking.Prep()));
        var first = await TapStepAsync(_cara, cardId, interviewId, "salary-number", ("step.salary-number.text", "92,000 EUR gross a year"));
        Assert.Equal("Your number is saved ✓", Booking.Checklist(first).Card.Notice);

        var vague = await TapStepAsync(_cara, cardId, interviewId, "salary-number", ("step.salary-number.text", "open to discussion"));

        var notice = Booking.Checklist(vague).Card.Notice!;
        Assert.StartsWith("Nothing saved – there is no number in that yet.", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("saved ✓", notice, StringComparison.Ordinal);
        await using var db = _database.NewContext();
        Assert.Equal("92,000 EUR gross a year", (await db.ChecklistEntries.SingleAsync(e => e.StepId == "salary-number")).Value);
    }

    private static (Guid CardId, Guid InterviewId) Opened(TurnResult booked)
    {
        var (card, reply) = Booking.Checklist(booked);
        return (reply.CardId, Booking.InterviewIdOn(card));
    }

    private static Task<TurnResult> TapStepAsync(Chat chat, Guid cardId, Guid interviewId, string stepId, params (string Key, string Value)[] inputs) =>
        chat.TapAsync(Verbs.SaveStep, cardId, [(Verbs.KeyInterview, interviewId.ToString()), (Verbs.KeyStep, stepId), .. inputs]);
}
