using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>The coaches at work through POST /api/messages: story builder, question bank, question coach, post-mortem, drafts.</summary>
public sealed class CoachingFlowTests : IAsyncLifetime
{
    private readonly HostedChat _bot = new();

    public Task InitializeAsync() => _bot.InitializeAsync();

    public Task DisposeAsync() => _bot.DisposeAsync();

    private Conversation Candidate() => _bot.Candidate();

    private Conversation Recruiter() => _bot.Recruiter();

    [Fact]
    public async Task A_STAR_story_told_in_chat_is_polished_and_kept_in_the_brag_list()
    {
        var chat = Candidate();
        var checklist = await chat.PrepAsync("Contoso");

        var ask = Assert.Single(await chat.TapAsync(checklist, CardReader.StepButton(checklist.Card!, "Tell it in chat", "career-story")));
        Assert.Contains("Situation and task", ask.Text);
        Assert.Contains("Got it", Assert.Single(await chat.SayAsync("checkout errors were costing us sales every week")).Text);
        Assert.Contains("Result", Assert.Single(await chat.SayAsync("traced the failures to a retry bug and rewrote the payment client")).Text);
        var done = Assert.Single(await chat.SayAsync("failed payments fell from 4% to 0.5% in a month"));

        Assert.Contains("brag list", done.Text);
        var card = CardReader.AllText(done.Card!);
        Assert.Contains("Checkout errors were costing us sales every week. I traced the failures to a retry bug and rewrote the payment client.", card);
        Assert.Contains("1/4", card);

        var list = CardReader.AllText(Assert.Single(await chat.SayAsync("my stories")).Card!);
        Assert.Contains("Failed payments fell from 4% to 0.5% in a month", list);
    }

    [Fact]
    public async Task A_story_from_the_brag_list_can_be_reused_in_the_next_prep()
    {
        var chat = Candidate();
        var first = await chat.PrepAsync("Contoso");
        await chat.TapAsync(first, CardReader.StepButton(first.Card!, "Save", "career-story"), new Dictionary<string, string>
        {
            ["step.career-story.situation"] = "our release took a whole day",
            ["step.career-story.action"] = "automated the pipeline end to end",
            ["step.career-story.result"] = "releases now take 20 minutes",
        });
        await chat.PrepAsync("Fabrikam");

        var list = Assert.Single(await chat.SayAsync("my stories"));
        var sent = await chat.TapAsync(list, CardReader.SubmitData(list.Card!, "Use 1 for Fabrikam"));

        var card = CardReader.AllText(Assert.Single(sent).Card!);
        Assert.Contains("Story copied into this prep", card);
        Assert.Contains("Data engineer at Fabrikam", card);
        Assert.Contains("releases now take 20 minutes", card);
    }

    [Fact]
    public async Task Questions_picked_from_the_bank_join_the_list_and_show_on_the_call_card()
    {
        var chat = Candidate();
        var checklist = await chat.PrepAsync("Contoso");
        var bank = Assert.Single(await chat.TapAsync(checklist, CardReader.SubmitData(checklist.Card!, "Question bank")));
        Assert.Contains("Remote work", CardReader.AllText(bank.Card!));

        var sent = await chat.TapAsync(bank, CardReader.SubmitData(bank.Card!, "Add to my questions"), new Dictionary<string, string>
        {
            ["bank.role"] = "0,1",
            ["bank.remote"] = "0",
            ["own"] = "Which language does the team write its services in?",
        });

        var updated = CardReader.AllText(Assert.Single(sent).Card!);
        Assert.Contains("4 questions added", updated);
        var during = CardReader.AllText(Assert.Single(await chat.SayAsync("during")).Card!);
        Assert.Contains("My questions", during);
        Assert.Contains("What would a normal week in this role look like?", during);
        Assert.Contains("Which language does the team write its services in?", during);
    }

    [Fact]
    public async Task A_closed_planned_question_is_flagged_and_its_open_rewrite_can_replace_it()
    {
        var chat = Recruiter();
        var checklist = await ConversationFlowTests.BookAsync(chat, "Jordan Lee");
        var during = Assert.Single(await chat.TapAsync(checklist, CardReader.SubmitData(checklist.Card!, "During the call")));
        Assert.Contains("questions are open", CardReader.AllText(during.Card!));

        var saved = Assert.Single(await chat.TapAsync(during, CardReader.StepButton(during.Card!, "Save", "open-questions"), new Dictionary<string, string>
        {
            ["step.open-questions.lines"] = "Tell me about your last project -> ownership\nDid you work with Kafka? -> streaming experience",
        }));
        var text = CardReader.AllText(saved.Card!);
        Assert.Contains("⚠ 2. \"Did you work with Kafka?\"", text);
        Assert.Contains("Try:", text);

        var rewritten = Assert.Single(await chat.TapAsync(saved, CardReader.SubmitData(saved.Card!, "Use rewrite for 2")));
        var after = CardReader.AllText(rewritten.Card!);
        Assert.Contains("Question 2 rewritten", after);
        Assert.DoesNotContain("Did you work with Kafka?", after);
        Assert.Contains("Kafka", after);
        Assert.Contains("*(streaming experience)*", after);
    }

    [Fact]
    public async Task A_post_mortem_in_chat_lands_in_the_journal()
    {
        var chat = Candidate();
        var checklist = await chat.PrepAsync("Contoso");
        var after = Assert.Single(await chat.TapAsync(checklist, CardReader.SubmitData(checklist.Card!, "After the call")));

        await chat.TapAsync(after, CardReader.StepButton(after.Card!, "Answer in chat", "post-mortem"));
        await chat.SayAsync("my story about the payment client landed well");
        await chat.SayAsync("I rambled on the salary question");
        var done = Assert.Single(await chat.SayAsync("I want a team that ships weekly"));
        Assert.Contains("journal", done.Text);

        var journal = CardReader.AllText(Assert.Single(await chat.SayAsync("my journal")).Card!);
        Assert.Contains("Data engineer at Contoso", journal);
        Assert.Contains("I rambled on the salary question", journal);
        Assert.Contains("I want a team that ships weekly", journal);
    }

    [Fact]
    public async Task The_thank_you_draft_names_the_interviewer_the_role_and_something_from_the_notes()
    {
        var chat = Candidate();
        await chat.PrepAsync("Contoso");
        await chat.SayAsync("note: their move to event sourcing");

        var after = CardReader.AllText(Assert.Single(await chat.SayAsync("after")).Card!);

        Assert.Contains("Hi Riley,", after);
        Assert.Contains("the Data engineer role", after);
        Assert.Contains("I especially enjoyed talking about their move to event sourcing", after);
    }

    [Fact]
    public async Task The_feedback_composer_drafts_from_the_answers_and_marking_it_sent_closes_the_loop()
    {
        var chat = Recruiter();
        var checklist = await ConversationFlowTests.BookAsync(chat, "Jordan Lee");
        var after = Assert.Single(await chat.TapAsync(checklist, CardReader.SubmitData(checklist.Card!, "After the call")));

        var drafted = Assert.Single(await chat.TapAsync(after, CardReader.StepButton(after.Card!, "Save", "send-feedback"), new Dictionary<string, string>
        {
            ["step.send-feedback.good"] = "clear examples from the payments project",
            ["step.send-feedback.improve"] = "less depth on system design than the role needs",
            ["step.send-feedback.decision"] = "we would like to invite you to a technical interview",
        }));
        var text = CardReader.AllText(drafted.Card!);
        Assert.Contains("Hi Jordan,", text);
        Assert.Contains("What stood out to us: clear examples from the payments project.", text);
        Assert.Contains("the Backend engineer role", text);

        // The call is in the future in this test, so "sent" is recorded but the status waits for the call.
        var sent = Assert.Single(await chat.TapAsync(drafted, CardReader.StepButton(drafted.Card!, "Mark as sent", "send-feedback")));
        Assert.Contains("Undo", CardReader.ButtonTitles(sent.Card!));
    }

    [Fact]
    public async Task A_salary_range_gets_coached_towards_one_number()
    {
        var chat = Candidate();
        var checklist = await chat.PrepAsync("Contoso");
        var during = Assert.Single(await chat.TapAsync(checklist, CardReader.SubmitData(checklist.Card!, "During the call")));

        var saved = Assert.Single(await chat.TapAsync(during, CardReader.StepButton(during.Card!, "Save", "salary-number"), new Dictionary<string, string>
        {
            ["step.salary-number.text"] = "between 4k and 5k",
        }));

        var text = CardReader.AllText(saved.Card!);
        Assert.Contains("sounds like a range", text);
    }
}
