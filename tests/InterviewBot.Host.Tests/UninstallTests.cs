using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// Teams uninstalls: the app removed from a person's 1:1 chat, or the bot from a team, and nothing more
/// is sent there – through the stand-in Bot Connector, with the local clock walked past every nudge.
/// </summary>
public sealed class UninstallTests : IDisposable
{
    private const string Channel = "19:team-recruiting@thread.tacv2";

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Theory]
    [InlineData("remove")]
    [InlineData("remove-upgrade")]
    public async Task Uninstalling_the_app_from_a_1_1_chat_stops_the_nudges_to_it(string action)
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var interviewId = await NudgeFlowTests.BookNextWeekAsync(chat);
        var plan = await api.NudgesAsync(interviewId);
        Assert.Contains(plan, NudgeApi.IsWaiting);

        await chat.PostAsync(chat.Activities.InstallationUpdate(action));
        await api.AdvanceToAsync(plan.Max(NudgeApi.Due).AddDays(2));

        Assert.DoesNotContain(connector.Requests, r => r.Kind == "send");
        Assert.All(await api.NudgesAsync(interviewId), n => Assert.Equal("Cancelled", n["state"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_bot_removed_from_a_team_posts_nothing_more_there_while_the_1_1_reminders_go_on()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        await chat.PostAsync(chat.Activities.ChannelMessage("use this channel", Channel));
        var interviewId = await NudgeFlowTests.BookNextWeekAsync(chat);
        var plan = await api.NudgesAsync(interviewId);
        Assert.Contains(plan, n => n["recipient"]!.GetValue<string>() == "TeamChannel");

        await chat.PostAsync(chat.Activities.BotRemovedFromTeam(Channel));
        await api.AdvanceToAsync(plan.Max(NudgeApi.Due).AddDays(2));
        await api.SettledAsync(interviewId);

        Assert.DoesNotContain(connector.Requests, r => r.ConversationId == Channel && r.Kind is "send" or "thread");
        Assert.Contains(connector.Requests, r => r.Kind == "send" && r.ConversationId == chat.Activities.ConversationId);
    }

    [Fact]
    public async Task Someone_else_leaving_a_team_changes_nothing()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        await chat.PostAsync(chat.Activities.ChannelMessage("use this channel", Channel));
        var interviewId = await NudgeFlowTests.BookNextWeekAsync(chat);
        var left = chat.Activities.BotRemovedFromTeam(Channel);
        left["membersRemoved"]![0]!["id"] = "29:someone-else";

        await chat.PostAsync(left);

        Assert.Contains(await api.NudgesAsync(interviewId), n => n["recipient"]!.GetValue<string>() == "TeamChannel" && NudgeApi.IsWaiting(n));
    }
}
