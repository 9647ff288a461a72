using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>What a person started survives the host going down and coming back on the same database.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task An_answer_asked_for_before_a_restart_is_taken_after_it()
    {
        using var data = new TempFolder();
        await using var connector = await LocalConnector.StartAsync();
        ConnectorRequest checklist;

        await using (var before = new BotHost(data))
        {
            var chat = new Conversation(before, connector, new Activities(connector.ServiceUrl));
            checklist = await ConversationFlowTests.BookAsync(chat, "Jordan Lee");
            var prompt = Assert.Single(await chat.TapAsync(checklist, CardReader.StepButton(checklist.Card!, "Answer in chat", "resume-homework")));
            Assert.Contains("Send me **Resume notes**", prompt.Text);
        }

        await using var after = new BotHost(data);
        var resumed = new Conversation(after, connector, new Activities(connector.ServiceUrl));
        var sent = await resumed.SayAsync("Claims five years of Go - ask about team size");

        var card = Assert.Single(sent);
        Assert.Contains("Note saved", card.Text);
        var text = CardReader.AllText(card.Card!);
        Assert.Contains("1/3", text);
        Assert.Contains("Claims five years of Go - ask about team size", text);
    }

    [Fact]
    public async Task A_card_posted_before_a_restart_is_still_updated_in_place_after_it()
    {
        using var data = new TempFolder();
        await using var connector = await LocalConnector.StartAsync();
        ConnectorRequest checklist;

        await using (var before = new BotHost(data))
        {
            checklist = await ConversationFlowTests.BookAsync(new Conversation(before, connector, new Activities(connector.ServiceUrl)), "Jordan Lee");
        }

        await using var after = new BotHost(data);
        var chat = new Conversation(after, connector, new Activities(connector.ServiceUrl));
        var data2 = CardReader.StepButton(checklist.Card!, "Done", "look-beyond");
        // Teams does not always send replyToId; the stored activity id must be enough.
        var submit = chat.Activities.Submit(checklist.ResultId, data2);
        submit.Remove("replyToId");
        var sent = await chat.PostAsync(submit);

        var update = Assert.Single(sent);
        Assert.Equal("update", update.Kind);
        Assert.Equal(checklist.ResultId, update.ActivityId);
        Assert.Contains("1/3", CardReader.AllText(update.Card!));
    }
}
