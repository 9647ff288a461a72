using InterviewBot.Core.Conversations;
using InterviewBot.Core.Domain;
using InterviewBot.Teams.Tests.Support;
using Microsoft.Bot.Schema;

namespace InterviewBot.Teams.Tests;

/// <summary>
/// Messages as Teams and the Emulator really send them, turned into the core's neutral message: who
/// wrote, in which tenant and zone, and whether it was a 1:1 chat (where interview details may go).
/// </summary>
public class InboundMessageTests
{
    private const string ContosoTenant = "9188040d-6c67-4c5b-b112-36a304b66dad";

    [Fact]
    public void A_personal_Teams_message_belongs_to_the_senders_tenant_and_carries_who_they_are()
    {
        var inbound = ActivityTranslator.ToInbound(Payloads.Load("personal-message.json"));

        Assert.Equal(new WorkspaceKey(Platforms.Teams, ContosoTenant), inbound.Workspace);
        Assert.Equal(
            new ChatUser("29:1rJ7v0bqS6Wm2yTqZk3lPp8yQe4c9H2nX5dAoL1uVfGiRtYbMwKsNjEhCzDxUa6OgIlTp3Vq-Ys0Nf7Bk9Hh2Jw",
                "Riley Recruiter", "Europe/Berlin", "6a1f3c2e-8b4d-4e7a-9f0c-2d5b7e8a1c34"),
            inbound.User);
        Assert.True(inbound.IsPersonalChat);
        Assert.StartsWith("a:1Xo4mQ8s", inbound.ConversationId, StringComparison.Ordinal);
        Assert.Equal("new interview", inbound.Text);
        Assert.Null(inbound.Submit);
    }

    [Fact]
    public void A_mention_of_a_colleague_reaches_the_core_as_their_name_and_user_id_and_the_bots_own_does_not()
    {
        var activity = Payloads.Load("personal-message.json", json =>
        {
            json["text"] = "<at>InterviewBot</at> hand over to <at>Bea Stone</at>";
            ((Newtonsoft.Json.Linq.JArray)json["entities"]!).Add(Mention("28:bot-id", "InterviewBot"));
            ((Newtonsoft.Json.Linq.JArray)json["entities"]!).Add(Mention("29:user-bea", "Bea Stone"));
            json["recipient"] = new Newtonsoft.Json.Linq.JObject { ["id"] = "28:bot-id", ["name"] = "InterviewBot" };
        });

        var inbound = ActivityTranslator.ToInbound(activity, activity.RemoveRecipientMention());

        Assert.Equal("hand over to @Bea Stone", inbound.Text);
        Assert.Equal([new ChatMention("29:user-bea", "@Bea Stone")], inbound.Mentions);
    }

    private static Newtonsoft.Json.Linq.JObject Mention(string id, string name) => new()
    {
        ["type"] = "mention",
        ["text"] = $"<at>{name}</at>",
        ["mentioned"] = new Newtonsoft.Json.Linq.JObject { ["id"] = id, ["name"] = name },
    };

    [Fact]
    public void The_clients_own_time_zone_wins_over_the_one_in_its_client_info()
    {
        var activity = Payloads.Load("personal-message.json", json => json["entities"]![0]!["timezone"] = "Asia/Tokyo");

        Assert.Equal("Europe/Berlin", ActivityTranslator.ToInbound(activity).User.TimeZoneId);
    }

    [Fact]
    public void Without_a_tenant_on_the_conversation_the_tenant_in_the_channel_data_is_used()
    {
        var inbound = ActivityTranslator.ToInbound(Payloads.Load("personal-message-older-client.json"));

        Assert.Equal(new WorkspaceKey(Platforms.Teams, "5b7d9f1a-3c5e-4a7b-9d1f-3a5c7e9b1d3f"), inbound.Workspace);
        Assert.True(inbound.IsPersonalChat);
    }

    [Fact]
    public void Without_a_local_time_zone_the_zone_comes_from_the_client_info()
    {
        var user = ActivityTranslator.ToInbound(Payloads.Load("personal-message-older-client.json")).User;

        Assert.Equal(("Casey Candidate", "America/Los_Angeles"), (user.DisplayName, user.TimeZoneId));
    }

    [Fact]
    public void A_message_with_no_zone_at_all_leaves_the_zone_unknown()
    {
        var activity = Payloads.Load("personal-message-older-client.json", json => json.Remove("entities"));

        Assert.Null(ActivityTranslator.ToInbound(activity).User.TimeZoneId);
    }

    [Fact]
    public void An_Emulator_message_has_no_tenant_and_no_conversation_type_so_it_is_a_1_to_1_chat_in_the_local_workspace()
    {
        var inbound = ActivityTranslator.ToInbound(Payloads.Load("emulator-message.json"));

        Assert.Equal(new WorkspaceKey(Platforms.Teams, Platforms.LocalTenant), inbound.Workspace);
        Assert.True(inbound.IsPersonalChat);
        Assert.Equal(new ChatUser("0c5b3e1a-7d2f-4a8b-9c6e-1f0d2b3a4c5e", "User", "Europe/Berlin", null), inbound.User);
        Assert.Equal("help", inbound.Text);
    }

    [Fact]
    public void A_channel_message_that_mentions_the_bot_is_not_a_1_to_1_chat_and_reads_without_the_mention()
    {
        var activity = Payloads.Load("channel-mention.json");

        // As TeamsBot does for typed messages: the mention of the bot is not part of what was said.
        var inbound = ActivityTranslator.ToInbound(activity, activity.RemoveRecipientMention());

        Assert.False(inbound.IsPersonalChat);
        Assert.Equal(new WorkspaceKey(Platforms.Teams, ContosoTenant), inbound.Workspace);
        Assert.Equal("new interview", inbound.Text);
        Assert.EndsWith(";messageid=1772355552999", inbound.ConversationId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public void Group_chats_and_channels_are_shared_chats(string conversationType)
    {
        var activity = Payloads.Load("personal-message.json", json => json["conversation"]!["conversationType"] = conversationType);

        Assert.False(ActivityTranslator.ToInbound(activity).IsPersonalChat);
    }

    [Theory]
    [InlineData("channel", ConversationKind.TeamChannel)]
    [InlineData("groupChat", ConversationKind.GroupChat)]
    [InlineData("meeting", ConversationKind.GroupChat)]
    [InlineData("personal", ConversationKind.Personal)]
    public void Only_a_Teams_channel_is_a_team_channel(string conversationType, ConversationKind kind)
    {
        var activity = Payloads.Load("personal-message.json", json => json["conversation"]!["conversationType"] = conversationType);

        Assert.Equal(kind, ActivityTranslator.ToInbound(activity).Conversation);
    }

    [Fact]
    public void A_channel_mention_as_Teams_sends_it_is_a_team_channel_and_an_Emulator_message_is_personal()
    {
        Assert.Equal(ConversationKind.TeamChannel, ActivityTranslator.ToInbound(Payloads.Load("channel-mention.json")).Conversation);
        Assert.Equal(ConversationKind.Personal, ActivityTranslator.ToInbound(Payloads.Load("emulator-message.json")).Conversation);
    }
}
