using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>When a turn fails, the user hears about it politely and is not left stuck half-way.</summary>
public sealed class TurnErrorTests
{
    [Fact]
    public async Task A_failed_turn_says_sorry_and_clears_the_question_it_was_asking()
    {
        using var data = new TempFolder();
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(data);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var checklist = await ConversationFlowTests.BookAsync(chat, "Jordan Lee");

        // The connector refuses the bot's answer to "Answer in chat", so the turn fails half-way.
        connector.FailNext(1);
        var sent = await chat.TapAsync(checklist, CardReader.StepButton(checklist.Card!, "Answer in chat", "resume-homework"));

        Assert.Contains(sent, r => r.Text?.StartsWith("Sorry, something went wrong", StringComparison.Ordinal) == true);

        // The next message is not swallowed as an answer to the question that never arrived.
        var next = Assert.Single(await chat.SayAsync("Has five years of Go"));
        Assert.Contains("not sure what you mean", next.Text);
    }
}
