using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using InterviewBot.Browser.Tests.Support;
using InterviewBot.DevTools.LocalChat;
using Microsoft.AspNetCore.Http;

namespace InterviewBot.Browser.Tests;

/// <summary>
/// The local chat keeps its transcripts in memory, bounded by size as well as by count: per
/// conversation and in all. Big messages push the oldest out (across conversations for the total), and
/// a page that reconnects gets what is left – the newest.
/// </summary>
public sealed class ChatMemoryTests
{
    /// <summary>About 400 KB of text: the size that took the host from 267 to 644 MB with a thousand of them.</summary>
    private static readonly string Big = new('x', 400 * 1024);

    [Fact]
    public async Task A_conversation_keeps_its_newest_messages_within_its_size_cap_and_a_reconnecting_page_gets_those()
    {
        await using var host = new LocalChatHost();
        var count = (int)(ChatRooms.MaxBytesPerRoom / Big.Length) + 4;
        for (var i = 1; i <= count; i++) await PostBigAsync(host, "local-big-room", i);

        var backlog = await BacklogAsync(host, "local-big-room");

        Assert.Equal(count, backlog[^1].Number); // the newest is there
        Assert.True(backlog[0].Number > 1, "the oldest should be gone");
        Assert.Equal(Enumerable.Range(backlog[0].Number, backlog.Count), backlog.Select(e => e.Number)); // what is left is the newest, in order
        Assert.True(backlog.Sum(e => e.Bytes) <= ChatRooms.MaxBytesPerRoom, $"{backlog.Sum(e => e.Bytes)} bytes kept");
        Assert.True(backlog.Sum(e => e.Bytes) > ChatRooms.MaxBytesPerRoom - 2 * Big.Length, "no more should go than needed");
    }

    [Fact]
    public async Task All_conversations_together_stay_within_the_total_cap_the_oldest_going_first()
    {
        await using var host = new LocalChatHost();
        var perRoom = (int)(ChatRooms.MaxBytesPerRoom / Big.Length) - 1; // each room under its own cap
        var rooms = (int)(ChatRooms.MaxBytesInAll / (perRoom * (long)Big.Length)) + 2; // together over the total
        for (var r = 0; r < rooms; r++)
            for (var i = 1; i <= perRoom; i++)
                await PostBigAsync(host, $"local-room-{r}", r * 1000 + i);

        var backlogs = new List<IReadOnlyList<BacklogEvent>>();
        for (var r = 0; r < rooms; r++) backlogs.Add(await BacklogAsync(host, $"local-room-{r}"));

        var kept = backlogs.Sum(b => b.Sum(e => e.Bytes));
        Assert.True(kept <= ChatRooms.MaxBytesInAll, $"{kept} bytes kept in all");
        Assert.True(backlogs[0].Count < perRoom, "the first conversation's oldest messages should be gone");
        Assert.Equal(perRoom, backlogs[^1].Count); // the latest conversation is whole
        Assert.Equal(perRoom, backlogs[^1][^1].Number % 1000);
    }

    private static async Task PostBigAsync(LocalChatHost host, string conversation, int number)
    {
        var activity = new JsonObject { ["type"] = "message", ["text"] = $"#{number} {Big}" }.ToJsonString();
        var context = await host.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = IPAddress.Loopback;
            http.Connection.LocalIpAddress = IPAddress.Loopback;
            http.Request.Method = "POST";
            http.Request.Path = $"/local/connector/v3/conversations/{conversation}/activities";
            http.Request.ContentType = "application/json";
            http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(activity));
        });
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    private sealed record BacklogEvent(int Number, int Bytes);

    /// <summary>What a page opening the conversation's stream gets before the stream says "ready".</summary>
    private static async Task<IReadOnlyList<BacklogEvent>> BacklogAsync(LocalChatHost host, string conversation)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var stream = await host.CreateClient().GetAsync($"/local/events?conversation={conversation}", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(timeout.Token));
        var events = new List<BacklogEvent>();
        var isActivity = false;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == "event: ready") return events;
            if (line.StartsWith("event: ", StringComparison.Ordinal)) isActivity = line == "event: activity";
            else if (isActivity && line.StartsWith("data: ", StringComparison.Ordinal))
            {
                var activity = JsonNode.Parse(line["data: ".Length..])!["activity"]!;
                var text = activity["text"]!.GetValue<string>();
                events.Add(new BacklogEvent(int.Parse(text[1..text.IndexOf(' ', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture),
                    Encoding.UTF8.GetByteCount(activity.ToJsonString())));
            }
        }
        throw new InvalidOperationException("The stream ended before it said ready.");
    }
}
