using System.Net;
using System.Text.Json.Nodes;
using InterviewBot.Slack.Tests.Support;

namespace InterviewBot.Slack.Tests;

/// <summary>
/// Socket Mode against a local WebSocket server speaking Slack's envelope protocol: the bot connects
/// out, acks every envelope by id, answers through the Web API, and moves when Slack says so.
/// </summary>
public sealed class SocketModeTests : SlackTest
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Slack:AppToken"] = SlackHost.AppToken,
        ["Slack:SigningSecret"] = "",
    };

    [Fact]
    public async Task A_slash_command_envelope_is_acked_by_id_and_answered_through_the_Web_API()
    {
        _ = Host.Server;
        var socket = await ConnectedAsync();

        await socket.SendAsync(Envelope("slash_commands", "env-command-1", new JsonObject
        {
            ["team_id"] = FakeSlackApi.TeamId, ["user_id"] = Riley.UserId, ["user_name"] = "riley", ["channel_id"] = Riley.DmChannel,
            ["channel_name"] = "directmessage", ["command"] = "/interview", ["text"] = "new",
            ["trigger_id"] = "socket-trigger-1", ["response_url"] = Slack.ResponseUrl("socket"),
        }));

        var ack = await socket.ReceiveAsync();
        Assert.Equal("env-command-1", ack!["envelope_id"]!.GetValue<string>());
        var opened = await Slack.WaitForAsync("views.open");
        Assert.Equal("socket-trigger-1", opened.Arg("trigger_id"));
        Assert.Equal("Bearer " + SlackHost.AppToken, Slack.Accepted("apps.connections.open")[0].Authorization);
    }

    [Fact]
    public async Task A_modal_submitted_over_the_socket_gets_its_answer_in_the_ack()
    {
        _ = Host.Server;
        var socket = await ConnectedAsync();
        await socket.SendAsync(Envelope("slash_commands", "env-1", new JsonObject
        {
            ["team_id"] = FakeSlackApi.TeamId, ["user_id"] = Riley.UserId, ["channel_id"] = Riley.DmChannel, ["command"] = "/interview", ["text"] = "new", ["trigger_id"] = "t-1",
        }));
        await socket.ReceiveAsync();
        var opened = await Slack.WaitForAsync("views.open");
        var form = NewInterview();
        form["role"] = "";

        await socket.SendAsync(Envelope("interactive", "env-2", new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = FakeSlackApi.TeamId },
            ["user"] = new JsonObject { ["id"] = Riley.UserId, ["name"] = "riley" },
            ["view"] = new JsonObject
            {
                ["id"] = "V0MODAL", ["type"] = "modal",
                ["callback_id"] = opened.View!["callback_id"]!.DeepClone(),
                ["private_metadata"] = opened.View!["private_metadata"]!.DeepClone(),
                ["state"] = new JsonObject { ["values"] = SlackUser.StateValues(opened.View!["blocks"]!.AsArray(), form) },
            },
        }));

        var ack = await socket.ReceiveAsync();
        Assert.Equal("env-2", ack!["envelope_id"]!.GetValue<string>());
        Assert.Equal("errors", ack["payload"]!["response_action"]!.GetValue<string>());
        Assert.NotNull(ack["payload"]!["errors"]!["role"]);
    }

    [Fact]
    public async Task A_disconnect_message_makes_the_bot_connect_again_before_it_leaves()
    {
        _ = Host.Server;
        var first = await ConnectedAsync();

        await first.SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = "refresh_requested", ["debug_info"] = new JsonObject { ["host"] = "test" } });

        var second = await ConnectedAsync();
        Assert.Equal(2, Slack.Accepted("apps.connections.open").Count);
        Assert.Null(await first.ReceiveAsync()); // the old connection is closed once the new one is up
        await second.SendAsync(Envelope("events_api", "env-after", new JsonObject
        {
            ["type"] = "event_callback", ["team_id"] = FakeSlackApi.TeamId, ["event_id"] = "Ev0SOCKET",
            ["event"] = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = Riley.DmChannel, ["user"] = Riley.UserId, ["text"] = "help" },
        }));
        Assert.Equal("env-after", (await second.ReceiveAsync())!["envelope_id"]!.GetValue<string>());
        await Slack.WaitForAsync("chat.postMessage");
    }

    [Fact]
    public async Task A_dropped_socket_is_reconnected()
    {
        _ = Host.Server;
        var first = await ConnectedAsync();

        await first.CloseAsync();

        await ConnectedAsync();
        Assert.Equal(2, Slack.Accepted("apps.connections.open").Count);
    }

    [Fact]
    public async Task A_connection_that_goes_silent_is_replaced_within_15_seconds()
    {
        _ = Host.Server;
        var first = await ConnectedAsync();

        first.GoSilent(); // open, but no pong, envelope or close crosses it any more

        var second = await ConnectedAsync(seconds: 15);
        await second.SendAsync(Envelope("events_api", "env-after-silence", DirectMessage("Ev0SILENT", "help")));
        Assert.Equal("env-after-silence", (await second.ReceiveAsync())!["envelope_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_connection_that_worked_and_dropped_is_reconnected_at_once_however_often_it_happens()
    {
        _ = Host.Server;
        var socket = await ConnectedAsync();

        // Each connection said hello and worked: after it drops, the wait starts again from about a second
        // (before, the waits of a process's whole life added up: 1, 2, 4, 8… seconds).
        for (var drop = 1; drop <= 4; drop++)
        {
            await socket.CloseAsync();
            socket = await ConnectedAsync(seconds: 3);
        }
        Assert.Equal(5, Slack.Accepted("apps.connections.open").Count);
    }

    [Fact]
    public async Task When_Slack_says_Socket_Mode_was_turned_off_the_bot_stops_connecting_and_says_why()
    {
        _ = Host.Server;
        var first = await ConnectedAsync();

        await first.SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = "link_disabled" });

        Assert.Null(await first.ReceiveAsync()); // the bot closed it
        Assert.Single(Slack.Accepted("apps.connections.open"));
        Assert.Contains(Host.Errors.Lines, line => line.Contains("link_disabled", StringComparison.Ordinal) && line.Contains("Socket Mode", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_signing_secret_the_HTTP_endpoints_are_not_served()
    {
        using var response = await Host.CreateClient().SendAsync(SlackSigner.Request("/slack/events", "{}", "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<SocketSession> ConnectedAsync(int seconds = 20)
    {
        var socket = await Slack.NextSocketAsync(seconds);
        await socket.SendAsync(new JsonObject { ["type"] = "hello", ["num_connections"] = 1, ["connection_info"] = new JsonObject { ["app_id"] = "A0APP" } });
        return socket;
    }

    private JsonObject DirectMessage(string eventId, string text) => new()
    {
        ["type"] = "event_callback", ["team_id"] = FakeSlackApi.TeamId, ["event_id"] = eventId,
        ["event"] = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = Riley.DmChannel, ["user"] = Riley.UserId, ["text"] = text },
    };

    private static JsonObject Envelope(string type, string id, JsonObject payload) => new()
    {
        ["envelope_id"] = id,
        ["type"] = type,
        ["payload"] = payload,
        ["accepts_response_payload"] = type != "events_api",
        ["retry_attempt"] = 0,
        ["retry_reason"] = "",
    };
}
