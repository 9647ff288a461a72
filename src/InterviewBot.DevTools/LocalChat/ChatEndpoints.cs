using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using InterviewBot.Core.Domain;

namespace InterviewBot.DevTools.LocalChat;

/// <summary>
/// The page's side of the local chat: it sends what the person types or taps
/// (<c>POST /local/send</c>), and follows the conversation as server-sent events
/// (<c>GET /local/events</c>). Everything goes through <c>/api/messages</c>, the same path
/// Teams uses; the replies come back through the local connector.
/// </summary>
internal static class ChatEndpoints
{
    public const string HttpClientName = "InterviewBot.LocalChat";
    public const int MaxTextLength = 10_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapChat(this IEndpointRouteBuilder endpoints)
    {
        var local = endpoints.MapGroup("/local").ExcludeFromDescription();
        local.MapPost("/send", SendAsync);
        local.MapPost("/start", StartAsync);
        local.MapGet("/events", Events);
    }

    /// <summary>A message or a card tap from the page, posted to the bot as Teams would post it.</summary>
    private static async Task<IResult> SendAsync(SendRequest request, HttpContext http, ChatRooms rooms, TimeProvider clock, IHttpClientFactory clients)
    {
        if (Check(request) is { } problem) return problem;
        var hasText = !string.IsNullOrWhiteSpace(request.Text);
        if (!hasText && request.Value is null) return Invalid("text", "Send some text or a card's value.");
        if (request.Text?.Length > MaxTextLength) return Invalid("text", $"Keep a message under {MaxTextLength} characters.");

        var self = SelfAddress.Of(http);
        if (self is null) return NotOnTcp();
        var now = clock.GetUtcNow();
        var who = request.Chatter();
        var id = rooms.NewActivityId();
        var activity = LocalActivity.Message(who, ServiceUrl(self), id, now, request.Text, request.Value, request.ReplyToId);
        // Teams shows what a person typed; a tap on a card leaves no message of its own.
        if (request.Value is null) rooms.Publish(who.ConversationId, ChatEventKind.User, id, (JsonObject)activity.DeepClone(), now.UtcDateTime);
        return await PostToBotAsync(clients, self, activity, http.RequestAborted);
    }

    /// <summary>A new chat: the bot is "installed" in it and says hello, once per conversation.</summary>
    private static async Task<IResult> StartAsync(SendRequest request, HttpContext http, ChatRooms rooms, TimeProvider clock, IHttpClientFactory clients)
    {
        if (Check(request) is { } problem) return problem;
        if (rooms.HasEvents(request.ConversationId!)) return Results.Ok(new { started = false });
        var self = SelfAddress.Of(http);
        if (self is null) return NotOnTcp();
        var activity = LocalActivity.BotAdded(request.Chatter(), ServiceUrl(self), rooms.NewActivityId(), clock.GetUtcNow());
        return await PostToBotAsync(clients, self, activity, http.RequestAborted);
    }

    /// <summary>
    /// The conversation as a stream: first what was said so far (after <c>Last-Event-ID</c> when the
    /// browser reconnects), then an event named <c>ready</c>, then each new message and update live.
    /// </summary>
    private static IResult Events(string? conversation, HttpContext http, ChatRooms rooms, IHostApplicationLifetime lifetime)
    {
        if (!ChatIds.IsValid(conversation)) return Invalid("conversation", "Name the conversation: ?conversation=<id>.");
        var after = LastSeenSeq(http.Request.Headers["Last-Event-ID"].ToString(), rooms.RunId);
        return TypedResults.ServerSentEvents(StreamAsync(rooms, conversation!, after, http.RequestAborted, lifetime.ApplicationStopping));
    }

    private static async IAsyncEnumerable<SseItem<string>> StreamAsync(ChatRooms rooms, string conversation, long after,
        CancellationToken aborted, CancellationToken stopping, [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        // Ends when the browser goes away or the host stops, so a stopping host does not wait for open pages.
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping, cancellation);
        using var subscription = rooms.Subscribe(conversation, after);
        foreach (var chatEvent in subscription.Backlog) yield return Item(rooms, chatEvent);
        yield return new SseItem<string>(JsonSerializer.Serialize(new { run = rooms.RunId }, Json), "ready");
        while (await WaitAsync(subscription.Live, ended.Token))
        {
            while (subscription.Live.TryRead(out var chatEvent)) yield return Item(rooms, chatEvent);
        }
    }

    private static async ValueTask<bool> WaitAsync(ChannelReader<ChatEvent> live, CancellationToken cancellationToken)
    {
        try
        {
            return await live.WaitToReadAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static SseItem<string> Item(ChatRooms rooms, ChatEvent chatEvent)
    {
        var data = new JsonObject
        {
            ["kind"] = chatEvent.Kind.ToString().ToLowerInvariant(),
            ["id"] = chatEvent.ActivityId,
            ["clock"] = chatEvent.ClockUtc.ToString("O", CultureInfo.InvariantCulture),
            ["activity"] = chatEvent.Activity.DeepClone(),
        };
        return new SseItem<string>(data.ToJsonString(), "activity")
        {
            EventId = string.Create(CultureInfo.InvariantCulture, $"{rooms.RunId}:{chatEvent.Seq}"),
        };
    }

    /// <summary>The sequence number in a <c>Last-Event-ID</c> of this run; 0 (replay everything) for another run's or none.</summary>
    private static long LastSeenSeq(string lastEventId, string runId)
    {
        var parts = lastEventId.Split(':');
        return parts.Length == 2 && parts[0] == runId && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seq) ? seq : 0;
    }

    private static async Task<IResult> PostToBotAsync(IHttpClientFactory clients, Uri self, JsonObject activity, CancellationToken cancellationToken)
    {
        using var client = clients.CreateClient(HttpClientName);
        using var content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var answer = await client.PostAsync(new Uri(self, "api/messages"), content, cancellationToken);
        if (answer.IsSuccessStatusCode) return Results.Ok(new { id = activity["id"]!.GetValue<string>() });
        var detail = await answer.Content.ReadAsStringAsync(cancellationToken);
        return Results.Problem($"The bot answered {(int)answer.StatusCode}: {detail}", statusCode: StatusCodes.Status502BadGateway,
            title: "The bot did not take the message");
    }

    private static string ServiceUrl(Uri self) => new Uri(self, LocalConnectorEndpoints.BasePath).ToString();

    private static IResult? Check(SendRequest request)
    {
        if (!ChatIds.IsValid(request.ConversationId)) return Invalid("conversationId", "A conversation id of letters, digits and - _ . : @ (at most 100).");
        if (!ChatIds.IsValid(request.UserId)) return Invalid("userId", "A user id of letters, digits and - _ . : @ (at most 100).");
        if (string.IsNullOrWhiteSpace(request.UserName) || request.UserName.Length > Person.MaxNameLength)
            return Invalid("userName", $"A name of 1 to {Person.MaxNameLength} characters.");
        if (request.TimeZone?.Length > 100) return Invalid("timeZone", "An IANA time zone such as Europe/Berlin.");
        if (request.Locale?.Length > 35) return Invalid("locale", "A language tag such as en-GB.");
        if (request.ReplyToId is { } replyTo && !ChatIds.IsValid(replyTo)) return Invalid("replyToId", "The id of a message in this chat.");
        return null;
    }

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The local chat request is not valid");

    private static IResult NotOnTcp() =>
        Results.Problem("The local chat needs the host to listen on a TCP port (dotnet run --project src/InterviewBot.Host).",
            statusCode: StatusCodes.Status503ServiceUnavailable);
}

/// <summary>What the page sends: who is chatting, and the text typed or the value of the card tapped.</summary>
internal sealed record SendRequest(string? ConversationId, string? UserId, string? UserName, string? TimeZone, string? Locale,
    string? Text = null, JsonObject? Value = null, string? ReplyToId = null)
{
    public LocalChatter Chatter() => new(ConversationId!, UserId!, UserName!.Trim(), TimeZone, Locale);
}
