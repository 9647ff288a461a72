using InterviewBot.Core.Engine;
using InterviewBot.Core.Views;
using InterviewBot.Persistence.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Persistence.Tests;

/// <summary>
/// Working through a booked call's checklist with the real engine on SQLite: ticks, saved answers
/// and answers typed in chat are kept across turns and restarts, and never leak between workspaces.
/// </summary>
public sealed class ChecklistFlowTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Chat _rita;
    private Guid _cardId;
    private Guid _interviewId;

    public ChecklistFlowTests() => _rita = new Chat(_database, "T-ACME", "U-RITA", "Rita Recruiter");

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var booked = await _rita.TapAsync(Verbs.CreateInterview, Guid.NewGuid(), Booking.Interview());
        var (card, reply) = Booking.Checklist(booked);
        _cardId = reply.CardId;
        _interviewId = Booking.InterviewIdOn(card);
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Ticking_a_step_updates_the_card_in_place_and_ticking_again_undoes_it()
    {
        var ticked = await TapStepAsync(Verbs.ToggleStep, "look-beyond");
        var (card, reply) = Booking.Checklist(ticked);
        Assert.True(reply.ReplacesCard);
        Assert.Equal(_cardId, reply.CardId);
        Assert.Equal((1, 3), (card.Done, card.Total));
        Assert.Contains(card.Items.Single(i => i.StepId == "look-beyond").Buttons, b => b.Label == "Undo");

        var undone = await TapStepAsync(Verbs.ToggleStep, "look-beyond");

        Assert.Equal(0, Booking.Checklist(undone).Card.Done);
    }

    [Fact]
    public async Task Saving_resume_notes_from_the_card_ticks_the_step_and_the_note_is_kept()
    {
        var saved = await TapStepAsync(Verbs.SaveStep, "resume-homework", ("step.resume-homework.text", "Gap in 2020 – ask about it"));

        var (card, reply) = Booking.Checklist(saved);
        Assert.True(reply.ReplacesCard);
        Assert.Equal((1, "Note saved ✓"), (card.Done, card.Notice));
        Assert.Contains("Gap in 2020 – ask about it", card.Items.Single(i => i.StepId == "resume-homework").Saved, StringComparison.Ordinal);

        await using var db = _database.NewContext();
        Assert.Equal("Gap in 2020 – ask about it", (await db.Notes.SingleAsync()).Text);
    }

    [Fact]
    public async Task A_role_brief_saved_from_the_card_shows_at_once_and_on_the_next_call_for_the_same_role()
    {
        var saved = await TapStepAsync(Verbs.SaveStep, "know-the-role",
            ("step.know-the-role.product", "Payments platform"), ("step.know-the-role.salary", "90k"), ("step.know-the-role.remote", ""));

        var item = Booking.Checklist(saved).Card.Items.Single(i => i.StepId == "know-the-role");
        Assert.True(item.Done);
        Assert.Equal("Payments platform", item.Fields.Single(f => f.Id == "step.know-the-role.product").Value);

        var next = await _rita.TapAsync(Verbs.CreateInterview, Guid.NewGuid(), Booking.Interview(("candidate", "Sam Poe"), ("role", "backend  ENGINEER")));

        var (card, _) = Booking.Checklist(next);
        Assert.Equal(1, card.Done);
        Assert.Equal("90k", card.Items.Single(i => i.StepId == "know-the-role").Fields.Single(f => f.Id == "step.know-the-role.salary").Value);
        await using var db = _database.NewContext();
        Assert.Equal(1, await db.RoleBriefs.CountAsync());
    }

    [Fact]
    public async Task Answer_in_chat_then_a_message_fills_the_step_even_across_a_restart()
    {
        var asked = await TapStepAsync(Verbs.AnswerInChat, "resume-homework");
        Assert.StartsWith("Go ahead: send me your answer for **Do your homework on the resume**", Assert.Single(asked.Replies).Text, StringComparison.Ordinal);

        await _database.RestartAsync();
        var answered = await _rita.SayAsync("Led the payments rewrite; ask about team size");

        var (card, reply) = Booking.Checklist(answered);
        Assert.Equal("Note saved ✓", reply.Text);
        Assert.Equal(1, card.Done);
        await _database.RestartAsync();
        await using (var db = _database.NewContext())
        {
            var interview = await db.Interviews.Include(i => i.Notes).Include(i => i.Checklist).SingleAsync();
            Assert.Equal("Led the payments rewrite; ask about team size", Assert.Single(interview.Notes).Text);
            Assert.True(interview.Checklist.Single(e => e.StepId == "resume-homework").Done);
            Assert.Null((await db.Sessions.SingleAsync()).AwaitingStepId);
        }

        // Nothing is waiting any more: the next message is read as a message again.
        var next = await _rita.SayAsync("Led the payments rewrite; ask about team size");
        Assert.Contains("I'm not sure what you mean", Assert.Single(next.Replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_from_another_workspace_is_refused_and_changes_nothing()
    {
        var greg = new Chat(_database, "T-GLOBEX", "U-GREG", "Greg Globex");

        var result = await greg.TapAsync(Verbs.ToggleStep, _cardId, (Verbs.KeyInterview, _interviewId.ToString()), (Verbs.KeyStep, "look-beyond"));

        var reply = Assert.Single(result.Replies);
        Assert.Null(reply.Card);
        Assert.Equal("I can't find that interview any more. Type *my interviews* to see yours.", reply.Text);
        await using var db = _database.NewContext();
        Assert.False(await db.ChecklistEntries.AnyAsync());
        Assert.Equal(1, await db.Sessions.CountAsync());
        var gregPerson = await db.People.SingleAsync(p => p.PlatformUserId == "U-GREG");
        Assert.Null(gregPerson.ActiveInterviewId);
    }

    [Fact]
    public async Task A_colleague_who_is_not_on_the_call_cannot_change_its_checklist()
    {
        var olga = new Chat(_database, "T-ACME", "U-OLGA", "Olga Other");

        var result = await olga.TapAsync(Verbs.ToggleStep, _cardId, (Verbs.KeyInterview, _interviewId.ToString()), (Verbs.KeyStep, "look-beyond"));

        Assert.Equal("That card belongs to an interview you are not part of, so I left it unchanged.", Assert.Single(result.Replies).Text);
        await using var db = _database.NewContext();
        Assert.False(await db.ChecklistEntries.AnyAsync());
    }

    private Task<TurnResult> TapStepAsync(string verb, string stepId, params (string Key, string Value)[] inputs) =>
        _rita.TapAsync(verb, _cardId,
            [(Verbs.KeyInterview, _interviewId.ToString()), (Verbs.KeyStep, stepId), .. inputs]);
}
