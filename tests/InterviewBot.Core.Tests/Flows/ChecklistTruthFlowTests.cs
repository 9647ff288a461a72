using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Core.Tests.Flows;

/// <summary>
/// With the real engine on SQLite: the prep reminder is spared exactly when the checklist shows
/// every prep step done, by the same notion of done – the role brief's key fields, not any one.
/// </summary>
public sealed class ChecklistTruthFlowTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Chat _rita;

    public ChecklistTruthFlowTests() => _rita = new Chat(_database, "T-ACME", "U-RITA", "Rita Recruiter");

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private async Task<(Guid CardId, Guid InterviewId)> BookAsync(string candidate)
    {
        var booked = await _rita.TapAsync(Verbs.CreateInterview, Guid.NewGuid(), Booking.Interview(("candidate", candidate), ("date", "2027-03-09")));
        var (card, reply) = Booking.Checklist(booked);
        return (reply.CardId, Booking.InterviewIdOn(card));
    }

    private Task<TurnResult> TapStepAsync((Guid CardId, Guid InterviewId) call, string verb, string stepId, params (string Key, string Value)[] values) =>
        _rita.TapAsync(verb, call.CardId, [(Verbs.KeyInterview, call.InterviewId.ToString()), (Verbs.KeyStep, stepId), .. values]);

    private async Task<NudgeState> PrepReminderAsync(Guid interviewId)
    {
        await using var db = _database.NewContext();
        return (await db.Nudges.SingleAsync(n => n.InterviewId == interviewId && n.Kind == NudgeKind.PrepReminder)).State;
    }

    [Fact]
    public async Task A_brief_without_the_daily_work_keeps_the_step_and_the_prep_reminder_open_until_it_is_filled()
    {
        var call = await BookAsync("Jordan Lee");
        await TapStepAsync(call, Verbs.SaveStep, "resume-homework", ("step.resume-homework.text", "Gap in 2020 – ask about it"));
        await TapStepAsync(call, Verbs.ToggleStep, "look-beyond");

        var partial = await TapStepAsync(call, Verbs.SaveStep, "know-the-role",
            ("step.know-the-role.product", "Payments platform"), ("step.know-the-role.salary", "90k"));

        var (card, _) = Booking.Checklist(partial);
        Assert.Equal((2, 3), (card.Done, card.Total));
        Assert.False(card.Items.Single(i => i.StepId == "know-the-role").Done);
        Assert.Contains("Daily tasks and routine", card.Notice, StringComparison.Ordinal);
        Assert.Equal(NudgeState.Pending, await PrepReminderAsync(call.InterviewId));

        var complete = await TapStepAsync(call, Verbs.SaveStep, "know-the-role",
            ("step.know-the-role.product", "Payments platform"), ("step.know-the-role.salary", "90k"), ("step.know-the-role.routine", "Code reviews, one on-call week a month"));

        Assert.Equal(3, Booking.Checklist(complete).Card.Done);
        Assert.Equal(NudgeState.Cancelled, await PrepReminderAsync(call.InterviewId));
    }

    [Fact]
    public async Task A_brief_filled_for_an_earlier_call_of_the_same_role_spares_the_next_calls_prep_reminder()
    {
        var first = await BookAsync("Jordan Lee");
        await TapStepAsync(first, Verbs.SaveStep, "know-the-role",
            ("step.know-the-role.product", "Payments platform"), ("step.know-the-role.routine", "Code reviews"), ("step.know-the-role.salary", "90k"));
        var second = await BookAsync("Sam Poe");

        await TapStepAsync(second, Verbs.SaveStep, "resume-homework", ("step.resume-homework.text", "Strong on Go"));
        var ticked = await TapStepAsync(second, Verbs.ToggleStep, "look-beyond");

        Assert.Equal(3, Booking.Checklist(ticked).Card.Done);
        Assert.Equal(NudgeState.Cancelled, await PrepReminderAsync(second.InterviewId));
    }
}
