using System.Text.Json.Nodes;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>A team channel gets overdue-feedback posts and the digest, without candidate names unless the team opts in.</summary>
public sealed class TeamChannelTests : IDisposable
{
    private const string Channel = "19:team-recruiting@thread.tacv2";
    private const string OtherChannel = "19:team-sales@thread.tacv2";
    private const string GroupChat = "19:group-chat-riley-sam@thread.v2";
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Overdue_feedback_is_posted_to_the_team_channel_naming_the_role_but_not_the_candidate()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));

        var answer = Assert.Single(await chat.PostAsync(chat.Activities.ChannelMessage("use this channel")));
        Assert.Equal(Channel, answer.ConversationId);
        Assert.Contains("come to this channel", answer.Text);

        var interviewId = await NudgeFlowTests.BookNextWeekAsync(chat);
        var plan = await api.NudgesAsync(interviewId);
        var teamPost = plan.Single(n => n["recipient"]!.GetValue<string>() == "TeamChannel");
        Assert.Equal("FeedbackOverdueTeam", teamPost["kind"]!.GetValue<string>());

        await api.AdvanceToAsync(NudgeApi.Due(teamPost).AddMinutes(1));
        await api.SettledAsync(interviewId);
        await WaitForChannelPostAsync(connector, "Team digest"); // not one of the interview's nudges: SettledAsync does not wait for it

        var channelPosts = connector.Requests.Where(r => r.Kind == "thread" && r.ConversationId == Channel).Select(r => CardReader.AllText(r.Card!)).ToList();
        var overdue = Assert.Single(channelPosts, p => p.StartsWith("Feedback overdue", StringComparison.Ordinal));
        Assert.Contains("Backend engineer", overdue);
        Assert.Contains("Riley Recruiter", overdue);
        Assert.DoesNotContain("Jordan Lee", overdue);
        Assert.All(channelPosts, p => Assert.DoesNotContain("Jordan Lee", p));
        // The recruiter's own overdue reminder names the candidate: it is a 1:1 chat.
        Assert.Contains(connector.Requests, r => r.Kind == "send" && r.ConversationId != Channel && CardReader.AllText(r.Card!).Contains("Feedback for Jordan Lee is overdue", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_names_on_the_digest_names_todays_candidates()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        await chat.PostAsync(chat.Activities.ChannelMessage("use this channel"));
        await chat.PostAsync(chat.Activities.ChannelMessage("names on"));
        var interviewId = await NudgeFlowTests.BookNextWeekAsync(chat);
        var callStarting = (await api.NudgesAsync(interviewId)).Single(n => n["kind"]!.GetValue<string>() == "CallStarting");

        // The digest of the call's day comes out in the morning, before the call.
        await api.AdvanceToAsync(NudgeApi.Due(callStarting).AddMinutes(-30));
        await api.SettledAsync(interviewId);
        var digest = await WaitForChannelPostAsync(connector, DigestTitle(callStarting));

        Assert.Contains("Calls today", digest);
        Assert.Contains("Jordan Lee (Backend engineer)", digest);
    }

    [Fact]
    public async Task In_a_channel_the_bot_keeps_interview_details_out()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));

        var answer = Assert.Single(await chat.PostAsync(chat.Activities.ChannelMessage("my interviews")));

        Assert.Null(answer.Card);
        Assert.Contains("keep interview details out of shared chats", answer.Text);
    }

    [Fact]
    public async Task The_digest_leaves_out_a_persons_own_prep_even_with_names_on()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var riley = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var sam = new Conversation(host, connector, new Activities(connector.ServiceUrl, userId: "29:user-sam", userName: "Sam Candidate", conversationId: "a:personal-sam"));
        await riley.PostAsync(riley.Activities.ChannelMessage("use this channel"));
        await riley.PostAsync(riley.Activities.ChannelMessage("names on"));
        var interviewId = await NudgeFlowTests.BookNextWeekAsync(riley);
        var callDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId((await api.InterviewAsync(interviewId))["startUtc"]!.GetValue<DateTime>(), "Europe/Berlin"));

        // Sam, in the same workspace, prepares for an outside interview on the same day.
        var form = Assert.Single(await sam.SayAsync("prep"));
        await sam.TapAsync(form, CardReader.SubmitData(form.Card!, "Start preparing"), new Dictionary<string, string>
        {
            ["company"] = "Globex", ["role"] = "Data engineer", ["interviewer"] = "Morgan Outside",
            ["date"] = callDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["time"] = "11:00", ["minutes"] = "30", ["timeZone"] = "Europe/Berlin",
        });
        var callStarting = (await api.NudgesAsync(interviewId)).Single(n => n["kind"]!.GetValue<string>() == "CallStarting");
        await api.AdvanceToAsync(NudgeApi.Due(callStarting).AddMinutes(-30));
        await api.SettledAsync(interviewId);
        var digest = await WaitForChannelPostAsync(connector, DigestTitle(callStarting));

        Assert.Contains("Jordan Lee (Backend engineer)", digest);
        Assert.True(digest.Contains("Calls today\n1\n", StringComparison.Ordinal), digest);
        Assert.DoesNotContain("Data engineer", digest);
        Assert.DoesNotContain("Sam Candidate", digest);
        Assert.DoesNotContain("Morgan Outside", digest);
        Assert.DoesNotContain("Globex", digest);
    }

    [Fact]
    public async Task With_names_on_a_candidate_who_uses_the_bot_in_the_workspace_is_not_named_in_channel_posts()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var riley = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var sam = new Conversation(host, connector, new Activities(connector.ServiceUrl, userId: "29:user-sam", userName: "Sam Candidate", conversationId: "a:personal-sam"));
        await sam.SayAsync("help"); // Sam has a chat account in the workspace: an internal candidate
        await riley.PostAsync(riley.Activities.ChannelMessage("use this channel"));
        await riley.PostAsync(riley.Activities.ChannelMessage("names on"));

        var interviewId = await NudgeFlowTests.BookNextWeekAsync(riley, candidate: "sam  CANDIDATE");
        var plan = await api.NudgesAsync(interviewId);
        var callStarting = plan.Single(n => n["kind"]!.GetValue<string>() == "CallStarting");
        await api.AdvanceToAsync(NudgeApi.Due(callStarting).AddMinutes(-30));
        await api.SettledAsync(interviewId);
        var digest = await WaitForChannelPostAsync(connector, DigestTitle(callStarting));
        await api.AdvanceToAsync(NudgeApi.Due(plan.Single(n => n["recipient"]!.GetValue<string>() == "TeamChannel")).AddMinutes(1));
        await api.SettledAsync(interviewId);

        Assert.Contains("Backend engineer phone screen", digest);
        var channelPosts = connector.Requests.Where(r => r.Kind == "thread" && r.ConversationId == Channel).Select(r => CardReader.AllText(r.Card!)).ToList();
        var overdue = Assert.Single(channelPosts, p => p.StartsWith("Feedback overdue", StringComparison.Ordinal));
        Assert.Contains("a phone screen for the Backend engineer role", overdue);
        Assert.All(channelPosts, p => Assert.DoesNotContain("sam  candidate", p, StringComparison.OrdinalIgnoreCase));
        Assert.All(channelPosts, p => Assert.DoesNotContain("sam candidate", p, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Outside_a_team_channel_the_workspace_switches_change_nothing_and_say_where_to_type_them()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        await chat.PostAsync(chat.Activities.ChannelMessage("use this channel"));

        foreach (var command in new[] { "use this channel", "names on", "digest off" })
        {
            var inGroupChat = Assert.Single(await chat.PostAsync(chat.Activities.GroupChatMessage(command, GroupChat)));
            Assert.Equal(GroupChat, inGroupChat.ConversationId);
            Assert.Contains("only works in a team channel", inGroupChat.Text);
            var inPersonalChat = Assert.Single(await chat.SayAsync(command));
            Assert.Contains("only works in a team channel", inPersonalChat.Text);
        }

        // The digest still comes to the team channel, still without candidate names.
        var interviewId = await NudgeFlowTests.BookNextWeekAsync(chat);
        var callStarting = (await api.NudgesAsync(interviewId)).Single(n => n["kind"]!.GetValue<string>() == "CallStarting");
        await api.AdvanceToAsync(NudgeApi.Due(callStarting).AddMinutes(-30));
        await api.SettledAsync(interviewId);
        var digest = await WaitForChannelPostAsync(connector, DigestTitle(callStarting));
        Assert.Contains("Backend engineer phone screen", digest);
        Assert.DoesNotContain("Jordan Lee", digest);
        Assert.DoesNotContain(connector.Requests, r => r.ConversationId == GroupChat && r.Kind == "send");
    }

    [Fact]
    public async Task A_switch_is_announced_naming_who_made_it_and_in_the_current_team_channel_when_typed_in_another()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));

        var chosen = Assert.Single(await chat.PostAsync(chat.Activities.ChannelMessage("use this channel")));
        Assert.StartsWith("Riley Recruiter made this the team channel", chosen.Text, StringComparison.Ordinal);

        var namesOn = Assert.Single(await chat.PostAsync(chat.Activities.ChannelMessage("names on", OtherChannel)));
        Assert.Equal(OtherChannel, namesOn.ConversationId);
        Assert.Contains("Riley Recruiter turned candidate names on", namesOn.Text);
        var noticed = Assert.Single(connector.Requests, r => r.Kind == "thread" && r.ConversationId == Channel);
        Assert.Equal("Riley Recruiter turned candidate names on for posts in this channel. Type **names off** to hide them again.", noticed.Text);

        var moved = Assert.Single(await chat.PostAsync(chat.Activities.ChannelMessage("use this channel", OtherChannel)));
        Assert.Equal(OtherChannel, moved.ConversationId);
        Assert.Contains("come to this channel", moved.Text);
        var left = connector.Requests.Where(r => r.Kind == "thread" && r.ConversationId == Channel).ToList();
        Assert.Equal(2, left.Count);
        Assert.StartsWith("Riley Recruiter moved overdue-feedback alerts and the digest elsewhere", left[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channel_posts_start_threads_of_their_own_not_replies_in_the_thread_where_the_channel_was_chosen()
    {
        // Teams names a channel conversation by the thread a message is in: "use this channel" typed as a
        // reply in a thread arrives from "19:…@thread.tacv2;messageid=…". Posts there used to become replies.
        const string thread = Channel + ";messageid=1733400000000";
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        await chat.PostAsync(chat.Activities.ChannelMessage("use this channel", thread));
        var interviewId = await NudgeFlowTests.BookNextWeekAsync(chat);
        var teamPost = (await api.NudgesAsync(interviewId)).Single(n => n["recipient"]!.GetValue<string>() == "TeamChannel");

        await api.AdvanceToAsync(NudgeApi.Due(teamPost).AddMinutes(1));
        await api.SettledAsync(interviewId);
        await WaitForChannelPostAsync(connector, "Feedback overdue");

        Assert.DoesNotContain(connector.Requests, r => r.ConversationId == thread && r.Kind is "send" or "reply" && r.CardJson.Contains("overdue", StringComparison.Ordinal));
        var posts = connector.Requests.Where(r => r.Kind == "thread").ToList();
        Assert.NotEmpty(posts);
        Assert.All(posts, p => Assert.Equal(Channel, p.ConversationId));
    }

    /// <summary>The title of the digest of the day a nudge is due on (moving the clock days ahead posts one digest per working day).</summary>
    private static string DigestTitle(JsonObject nudge) =>
        "Team digest – " + TimeZoneInfo.ConvertTimeBySystemTimeZoneId(NudgeApi.Due(nudge), "Europe/Berlin").ToString("dddd d MMMM", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> WaitForChannelPostAsync(LocalConnector connector, string title)
    {
        for (var i = 0; i < 200; i++)
        {
            var post = connector.Requests.FirstOrDefault(r => r.Kind == "thread" && r.ConversationId == Channel && CardReader.AllText(r.Card!).Contains(title, StringComparison.Ordinal));
            if (post is not null) return CardReader.AllText(post.Card!);
            await Task.Delay(100);
        }
        var posted = connector.Requests.Where(r => r.Kind == "thread" && r.ConversationId == Channel).Select(r => CardReader.AllText(r.Card!).Split('\n')[0]);
        throw new TimeoutException($"No channel post \"{title}\" within 20 s; posted: {string.Join(" | ", posted)}.");
    }
}
