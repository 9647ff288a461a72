using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>A recruiter and a candidate talking to the bot through POST /api/messages, as Teams would.</summary>
public sealed class ConversationFlowTests : IAsyncLifetime
{
    private readonly HostedChat _bot = new();

    public Task InitializeAsync() => _bot.InitializeAsync();

    public Task DisposeAsync() => _bot.DisposeAsync();

    private Conversation Recruiter() => _bot.Recruiter();

    [Fact]
    public async Task Help_is_answered_with_the_help_card_in_the_same_conversation()
    {
        var sent = await Recruiter().SayAsync("help");

        var reply = Assert.Single(sent);
        Assert.Equal("reply", reply.Kind);
        Assert.Equal("a:personal-riley", reply.ConversationId);
        Assert.NotNull(reply.Card);
        Assert.Contains("How I can help", CardReader.AllText(reply.Card!));
        Assert.Contains("New interview", CardReader.ButtonTitles(reply.Card!));
    }

    [Fact]
    public async Task Installing_the_bot_sends_a_welcome_card()
    {
        var chat = Recruiter();
        var sent = await chat.PostAsync(chat.Activities.BotAdded());

        var welcome = Assert.Single(sent);
        Assert.Contains("I'm InterviewBot", CardReader.AllText(welcome.Card!));
    }

    [Fact]
    public async Task Booking_a_phone_screen_updates_the_form_in_place_and_posts_the_before_checklist()
    {
        var chat = Recruiter();
        var form = Assert.Single(await chat.SayAsync("new interview")).Card!;
        Assert.True(CardReader.HasInput(form, "candidate"));
        Assert.Equal("Berlin", CardReader.InputValue(form, "timeZone")); // Europe/Berlin, by its city

        var formMessage = _bot.Connector.CardRequests[^1];
        var sent = await chat.TapAsync(formMessage, CardReader.SubmitData(form, "Book it"), BookingInputs("Jordan Lee"));

        var update = Assert.Single(sent, r => r.Kind == "update");
        Assert.Equal(formMessage.ResultId, update.ActivityId);
        Assert.Contains("Jordan Lee booked", CardReader.AllText(update.Card!));
        var checklist = Assert.Single(sent, r => r.Kind == "reply");
        var text = CardReader.AllText(checklist.Card!);
        Assert.Contains("Before the call: Jordan Lee – Backend engineer", text);
        Assert.Contains("0/3", text);
    }

    [Fact]
    public async Task Ticking_a_step_updates_the_same_checklist_message_with_new_progress()
    {
        var chat = Recruiter();
        var checklist = await BookAsync(chat, "Jordan Lee");

        var sent = await chat.TapAsync(checklist, CardReader.StepButton(checklist.Card!, "Done", "look-beyond"));

        var update = Assert.Single(sent);
        Assert.Equal("update", update.Kind);
        Assert.Equal(checklist.ResultId, update.ActivityId);
        Assert.Contains("1/3", CardReader.AllText(update.Card!));
        Assert.Contains("Undo", CardReader.ButtonTitles(update.Card!));
    }

    [Fact]
    public async Task Invalid_booking_comes_back_with_the_error_and_everything_typed_kept()
    {
        var chat = Recruiter();
        var form = Assert.Single(await chat.SayAsync("new interview"));
        var inputs = BookingInputs("Jordan Lee");
        inputs["date"] = "2020-01-01";

        var sent = await chat.TapAsync(form, CardReader.SubmitData(form.Card!, "Book it"), inputs);

        var update = Assert.Single(sent);
        Assert.Equal(form.ResultId, update.ActivityId);
        Assert.Contains("already passed", CardReader.AllText(update.Card!));
        Assert.Equal("Jordan Lee", CardReader.InputValue(update.Card!, "candidate"));
        Assert.Equal("Backend engineer", CardReader.InputValue(update.Card!, "role"));
    }

    [Fact]
    public async Task Planned_questions_and_notes_show_on_the_during_card()
    {
        var chat = Recruiter();
        var checklist = await BookAsync(chat, "Jordan Lee");
        var during = Assert.Single(await chat.TapAsync(checklist, CardReader.SubmitData(checklist.Card!, "During the call")));
        var save = CardReader.StepButton(during.Card!, "Save", "open-questions");

        var sent = await chat.TapAsync(during, save, new Dictionary<string, string>
        {
            ["step.open-questions.lines"] = "Walk me through your last release -> ownership\nHow do you review code?",
        });

        var text = CardReader.AllText(Assert.Single(sent).Card!);
        Assert.Contains("2 questions saved", text);
        Assert.Contains("Walk me through your last release *(ownership)*", text);
        Assert.Contains("1/7", text);
    }

    [Fact]
    public async Task A_candidate_prepares_for_their_own_call_and_gets_their_checklist()
    {
        var chat = new Conversation(_bot.Host, _bot.Connector, new Activities(_bot.Connector.ServiceUrl, userId: "29:user-sam", userName: "Sam Candidate",
            conversationId: "a:personal-sam", timeZone: "America/New_York"));
        var form = Assert.Single(await chat.SayAsync("prep"));

        var sent = await chat.TapAsync(form, CardReader.SubmitData(form.Card!, "Start preparing"), new Dictionary<string, string>
        {
            ["company"] = "Contoso",
            ["role"] = "Data engineer",
            ["interviewer"] = "Riley Recruiter",
            ["date"] = Conversation.CallDate("America/New_York"),
            ["time"] = "10:30",
            ["minutes"] = "30",
            ["timeZone"] = "America/New_York",
        });

        var checklist = Assert.Single(sent, r => r.Kind == "reply").Card!;
        var text = CardReader.AllText(checklist);
        Assert.Contains("Before the call: Data engineer at Contoso", text);
        Assert.Contains("0/4", text);
        Assert.Contains("Riley Recruiter", text);
        Assert.Contains("(America/New_York)", text);
    }

    [Fact]
    public async Task Unknown_text_gets_a_helpful_answer_not_an_error()
    {
        var reply = Assert.Single(await Recruiter().SayAsync("what is the meaning of life"));

        Assert.Contains("not sure what you mean", reply.Text);
        Assert.Contains("New interview", CardReader.ButtonTitles(reply.Card!));
    }

    [Fact]
    public async Task My_interviews_lists_what_was_booked_and_opens_it()
    {
        var chat = Recruiter();
        await BookAsync(chat, "Jordan Lee");
        await BookAsync(chat, "Avery Kim");

        var list = Assert.Single(await chat.SayAsync("my interviews")).Card!;
        var text = CardReader.AllText(list);
        Assert.Contains("Jordan Lee", text);
        Assert.Contains("Avery Kim", text);

        var opened = Assert.Single(await chat.SayAsync("open 2")).Card!;
        Assert.Contains("Avery Kim", CardReader.AllText(opened));
    }

    internal static Dictionary<string, string> BookingInputs(string candidate) => new()
    {
        ["candidate"] = candidate,
        ["role"] = "Backend engineer",
        ["date"] = Conversation.CallDate(),
        ["time"] = "14:00",
        ["minutes"] = "30",
        ["timeZone"] = "Europe/Berlin",
    };

    /// <summary>Books a phone screen through the form and returns the checklist message.</summary>
    internal static async Task<ConnectorRequest> BookAsync(Conversation chat, string candidate)
    {
        var form = Assert.Single(await chat.SayAsync("new interview"));
        var sent = await chat.TapAsync(form, CardReader.SubmitData(form.Card!, "Book it"), BookingInputs(candidate));
        return Assert.Single(sent, r => r.Kind == "reply");
    }
}
