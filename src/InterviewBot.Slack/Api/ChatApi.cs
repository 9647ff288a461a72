using System.Text.Json.Nodes;

namespace InterviewBot.Slack.Api;

/// <summary>A message Slack stored: its channel and its timestamp, which is the message's id.</summary>
internal sealed record PostedMessage(string Channel, string Ts);

/// <summary>The <c>chat.*</c> methods: post, update, and post a message only one person sees.</summary>
internal sealed class ChatApi(SlackWebApi api)
{
    /// <summary>
    /// <c>chat.postMessage</c>. <paramref name="text"/> is the notification and fallback when there are
    /// blocks; with <paramref name="threadTs"/> the message is a reply in that thread.
    /// </summary>
    public async Task<PostedMessage> PostMessageAsync(string channel, string text, JsonArray? blocks = null, string? threadTs = null, CancellationToken cancellationToken = default)
    {
        var arguments = Message(channel, text, blocks);
        if (threadTs is not null) arguments["thread_ts"] = threadTs;
        var answer = await api.PostJsonAsync("chat.postMessage", arguments, cancellationToken);
        return new PostedMessage(SlackWebApi.Text(answer["channel"]) ?? channel, SlackWebApi.Text(answer["ts"]) ?? "");
    }

    /// <summary><c>chat.update</c>: replaces the text and blocks of the message <paramref name="ts"/>.</summary>
    public async Task<PostedMessage> UpdateAsync(string channel, string ts, string text, JsonArray? blocks = null, CancellationToken cancellationToken = default)
    {
        var arguments = Message(channel, text, blocks ?? []);
        arguments["ts"] = ts;
        var answer = await api.PostJsonAsync("chat.update", arguments, cancellationToken);
        return new PostedMessage(SlackWebApi.Text(answer["channel"]) ?? channel, SlackWebApi.Text(answer["ts"]) ?? ts);
    }

    /// <summary><c>chat.postEphemeral</c>: a message only <paramref name="user"/> sees, in a channel the bot is in.</summary>
    public async Task<string> PostEphemeralAsync(string channel, string user, string text, JsonArray? blocks = null, CancellationToken cancellationToken = default)
    {
        var arguments = Message(channel, text, blocks);
        arguments["user"] = user;
        var answer = await api.PostJsonAsync("chat.postEphemeral", arguments, cancellationToken);
        return SlackWebApi.Text(answer["message_ts"]) ?? "";
    }

    private static JsonObject Message(string channel, string text, JsonArray? blocks)
    {
        var message = new JsonObject { ["channel"] = channel, ["text"] = text };
        if (blocks is not null) message["blocks"] = blocks.DeepClone();
        return message;
    }
}
