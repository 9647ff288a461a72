using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Core.Tests.Flows;

/// <summary>
/// Working through a booked call's checklist with the real engine on SQLite: ticks, saved answers
/// (notes, role brief, planned questions, the promised feedback date) and answers typed in chat are
/// kept across turns and restarts, never leak between workspaces, and only the recruiter moves the
/// interview's status.
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
            ("step.know-the-role.product", "Payments platform"), ("step.know-the-role.routine", "Code reviews"), ("step.know-the-role.salary", "90k"), ("step.know-the-role.remote", ""));

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
        Assert.StartsWith($"Send me {Markup.Bold("Resume notes")} for {Markup.Italic("Do your homework on the resume")}", Assert.Single(asked.Replies).Text, StringComparison.Ordinal);

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
        Assert.Equal($"I can't find that interview any more. Type {Markup.Italic("my interviews")} to see yours.", reply.Text);
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

    [Fact]
    public async Task A_role_brief_saved_from_the_card_puts_the_salary_budget_on_the_during_the_call_card()
    {
        await TapStepAsync(Verbs.SaveStep, "know-the-role", ("step.know-the-role.salary", "85,000–95,000 EUR"));

        var during = await _rita.TapAsync(Verbs.ShowPhase, _cardId, (Verbs.KeyInterview, _interviewId.ToString()), (Verbs.KeyPhase, "during"));

        var (card, reply) = Booking.Checklist(during);
        Assert.True(reply.ReplacesCard);
        Assert.StartsWith("During the call", card.Title, StringComparison.Ordinal);
        Assert.Contains(new Fact("Salary budget", "85,000–95,000 EUR"), card.Facts!);
    }

    [Fact]
    public async Task An_awaited_answer_that_starts_like_the_zone_command_is_taken_as_the_answer()
    {
        await TapStepAsync(Verbs.AnswerInChat, "resume-homework");

        var answered = await _rita.SayAsync("Time zone overlap with the Lisbon team – ask how they handle it");

        Assert.Equal("Note saved ✓", Booking.Checklist(answered).Reply.Text);
        await using var db = _database.NewContext();
        Assert.Equal("Time zone overlap with the Lisbon team – ask how they handle it", (await db.Notes.SingleAsync()).Text);
    }

    [Fact]
    public async Task Planned_questions_saved_from_the_card_are_kept_with_their_intent_and_counted()
    {
        var saved = await TapStepAsync(Verbs.SaveStep, "open-questions",
            ("step.open-questions.lines", "Tell me about the hardest bug you chased. -> depth of debugging\n\nWhat are you looking for in your next role?"));

        var (card, _) = Booking.Checklist(saved);
        Assert.Equal("2 questions saved ✓", card.Notice);
        Assert.True(card.Items.Single(i => i.StepId == "open-questions").Done);
        Assert.Equal([("Tell me about the hardest bug you chased.", "depth of debugging"), ("What are you looking for in your next role?", null)], await StoredQuestionsAsync());
    }

    [Fact]
    public async Task Questions_answered_in_chat_are_added_to_the_ones_already_planned()
    {
        await TapStepAsync(Verbs.SaveStep, "open-questions", ("step.open-questions.lines", "First question?"));
        await TapStepAsync(Verbs.AnswerInChat, "open-questions");

        var answered = await _rita.SayAsync("Second?\nThird? -> intent");

        Assert.StartsWith("3 questions saved ✓", Booking.Checklist(answered).Reply.Text, StringComparison.Ordinal);
        Assert.Equal([("First question?", null), ("Second?", null), ("Third?", "intent")], await StoredQuestionsAsync());
    }

    [Fact]
    public async Task Saving_the_next_steps_promises_the_feedback_date_and_keeps_both_boxes()
    {
        var saved = await TapStepAsync(Verbs.SaveStep, "next-steps",
            ("step.next-steps.date", "2027-03-05"), ("step.next-steps.text", "Technical interview with the team lead"));

        var (card, _) = Booking.Checklist(saved);
        Assert.Equal("Feedback promised by Fri 5 Mar ✓", card.Notice);
        var item = card.Items.Single(i => i.StepId == "next-steps");
        Assert.True(item.Done);
        Assert.Equal("2027-03-05", item.Fields.Single(f => f.Id == "step.next-steps.date").Value);
        Assert.Equal("Technical interview with the team lead", item.Fields.Single(f => f.Id == "step.next-steps.text").Value);
        Assert.Equal(new DateOnly(2027, 3, 5), await StoredFeedbackDateAsync());
    }

    [Fact]
    public async Task Promising_only_a_feedback_date_counts_the_next_steps_as_done()
    {
        var saved = await TapStepAsync(Verbs.SaveStep, "next-steps", ("step.next-steps.date", "2027-03-05"), ("step.next-steps.text", ""));

        Assert.True(Booking.Checklist(saved).Card.Items.Single(i => i.StepId == "next-steps").Done);
        Assert.Equal(new DateOnly(2027, 3, 5), await StoredFeedbackDateAsync());
    }

    [Fact]
    public async Task A_feedback_date_before_the_call_is_refused_and_nothing_is_promised()
    {
        // The call is on Tuesday 2 March.
        var refused = await TapStepAsync(Verbs.SaveStep, "next-steps", ("step.next-steps.date", "2027-03-01"), ("step.next-steps.text", ""));

        var reply = Assert.Single(refused.Replies);
        Assert.Null(reply.Card);
        Assert.Equal("The feedback date can't be before the call.", reply.Text);
        Assert.Null(await StoredFeedbackDateAsync());
    }

    [Fact]
    public async Task Only_the_recruiter_on_a_shared_interview_can_change_its_status()
    {
        var (initech, ira) = await Seed.WorkspaceWithPersonAsync(_database, "T-INITECH", "U-IRA", "Ira Recruiter");
        var zoe = await Seed.PersonAsync(_database, initech, "U-ZOE", "Zoë Müller");
        var shared = await Seed.SavedScreenAsync(_database, initech, ira, "Zoë Müller", TimeSpan.FromDays(1), zoe.Id);
        var setHeld = new[] { (Verbs.KeyInterview, shared.Id.ToString()), (Verbs.KeyStatus, "Held") };

        var byCandidate = await new Chat(_database, "T-INITECH", "U-ZOE", "Zoë Müller").TapAsync(Verbs.SetStatus, Guid.NewGuid(), setHeld);

        Assert.Equal("Only the recruiter on this interview can change its status.", Assert.Single(byCandidate.Replies).Text);
        Assert.Equal(InterviewStatus.Scheduled, await StoredStatusAsync(shared.Id));

        var cardId = Guid.NewGuid();
        var byRecruiter = await new Chat(_database, "T-INITECH", "U-IRA", "Ira Recruiter").TapAsync(Verbs.SetStatus, cardId, setHeld);

        var (card, reply) = Booking.Checklist(byRecruiter);
        Assert.Equal((true, cardId), (reply.ReplacesCard, reply.CardId));
        Assert.Equal("Marked as held ✓", card.Notice);
        Assert.Equal(InterviewStatus.Held, await StoredStatusAsync(shared.Id));
    }

    private Task<TurnResult> TapStepAsync(string verb, string stepId, params (string Key, string Value)[] inputs) =>
        _rita.TapAsync(verb, _cardId,
            [(Verbs.KeyInterview, _interviewId.ToString()), (Verbs.KeyStep, stepId), .. inputs]);

    private async Task<List<(string Text, string? Intent)>> StoredQuestionsAsync()
    {
        await using var db = _database.NewContext();
        return [.. (await db.PlannedQuestions.OrderBy(q => q.Order).ToListAsync()).Select(q => (q.Text, q.Intent))];
    }

    private async Task<DateOnly?> StoredFeedbackDateAsync()
    {
        await using var db = _database.NewContext();
        return (await db.Interviews.SingleAsync(i => i.Id == _interviewId)).FeedbackDueDate;
    }

    private async Task<InterviewStatus> StoredStatusAsync(Guid interviewId)
    {
        await using var db = _database.NewContext();
        return (await db.Interviews.SingleAsync(i => i.Id == interviewId)).Status;
    }
}
