using InterviewBot.Core.Coaching;
using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Core.Tests.Flows;

/// <summary>
/// Prep carried into the call, with the real engine on SQLite: the candidate's stories stay in the brag
/// list side by side and come with them to the call card; the recruiter's "ask why" prep notes become
/// planned questions with one tap.
/// </summary>
public sealed class PrepCarriedFlowTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Chat _cara;
    private Guid _cardId;
    private Guid _interviewId;

    public PrepCarriedFlowTests() => _cara = new Chat(_database, "T-ACME", "U-CARA", "Cara Candidate");

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var (card, reply) = Booking.Checklist(await _cara.TapAsync(Verbs.CreatePrep, Guid.NewGuid(), Booking.Prep()));
        _cardId = reply.CardId;
        _interviewId = Booking.InterviewIdOn(card);
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private Task<TurnResult> SaveStoryAsync(string situation, string action, string result) =>
        _cara.TapAsync(Verbs.SaveStep, _cardId, (Verbs.KeyInterview, _interviewId.ToString()), (Verbs.KeyStep, "career-story"),
            ("step.career-story.situation", situation), ("step.career-story.action", action), ("step.career-story.result", result));

    [Fact]
    public async Task A_second_story_joins_the_brag_list_and_a_reworded_one_is_updated_not_copied()
    {
        await SaveStoryAsync("checkout errors cost us sales", "rewrote the payment client", "failed payments fell from 4% to 0.5%");
        await SaveStoryAsync("onboarding took new engineers a month", "wrote a setup script and a first-week plan", "new people shipped in their first week");
        await SaveStoryAsync("onboarding took new engineers a month", "wrote a setup script and a first-week plan", "new people shipped on day three");

        await using var db = _database.NewContext();
        var stories = await db.Stories.OrderBy(s => s.CreatedUtc).ToListAsync();
        Assert.Equal(2, stories.Count);
        Assert.Equal("failed payments fell from 4% to 0.5%", stories[0].Result);
        Assert.Equal("new people shipped on day three", stories[1].Result);
    }

    [Fact]
    public async Task The_candidates_call_card_carries_their_stories()
    {
        await SaveStoryAsync("checkout errors cost us sales", "rewrote the payment client", "failed payments fell from 4% to 0.5%");

        var during = await _cara.TapAsync(Verbs.ShowPhase, _cardId, (Verbs.KeyInterview, _interviewId.ToString()), (Verbs.KeyPhase, "during"));

        var stories = Assert.Single(Booking.Checklist(during).Card.Sections!, s => s.Heading == "My stories");
        Assert.Contains("4% to 0.5%", Assert.Single(stories.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ask_why_resume_note_becomes_an_open_planned_question_with_one_tap()
    {
        var rita = new Chat(_database, "T-ACME", "U-RITA", "Rita Recruiter");
        var (booked, reply) = Booking.Checklist(await rita.TapAsync(Verbs.CreateInterview, Guid.NewGuid(), Booking.Interview()));
        var id = Booking.InterviewIdOn(booked).ToString();
        await rita.TapAsync(Verbs.SaveStep, reply.CardId, (Verbs.KeyInterview, id), (Verbs.KeyStep, "resume-homework"),
            ("step.resume-homework.text", "2019–2021 gap – ask why"));
        var during = Booking.Checklist(await rita.TapAsync(Verbs.ShowPhase, reply.CardId, (Verbs.KeyInterview, id), (Verbs.KeyPhase, "during"))).Card;

        Assert.Equal(["2019–2021 gap – ask why"], Assert.Single(during.Sections!, s => s.Heading == "Resume notes").Lines);
        var plan = Assert.Single(during.Buttons, b => b.Verb == Verbs.PlanFromNote);
        var planned = await rita.TapAsync(plan.Verb, reply.CardId, plan.Data!.Select(d => (d.Key, d.Value)).ToArray());

        var card = Booking.Checklist(planned).Card;
        Assert.StartsWith("Added to your planned questions ✓", card.Notice, StringComparison.Ordinal);
        Assert.DoesNotContain(card.Buttons, b => b.Verb == Verbs.PlanFromNote);
        await using var db = _database.NewContext();
        var added = (await db.PlannedQuestions.OrderBy(q => q.Order).ToListAsync())[^1];
        Assert.Contains("2019–2021 gap", added.Text, StringComparison.Ordinal);
        Assert.False(new QuestionCoach().Assess(added.Text).IsClosed, added.Text);
    }
}
