using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewBot.DevTools.LocalChat;

/// <summary>
/// The Bot Connector for the local chat page, inside the host: the activities the page posts carry
/// <c>serviceUrl = …/local/connector/</c>, so the bot's replies, card updates and nudges come here
/// exactly as they would go to Teams' connector, and are handed to the page.
/// Auth is off in local mode, so the bot would call any service URL an activity names: this one
/// only answers calls from this machine, and exists only in local mode.
/// </summary>
internal static class LocalConnectorEndpoints
{
    public const string BasePath = "/local/connector/";

    /// <summary>Cards are kept under ~28 KB; a whole activity is far below this.</summary>
    private const int MaxBodyBytes = 512 * 1024;

    public static void MapLocalConnector(this IEndpointRouteBuilder endpoints)
    {
        var v3 = endpoints.MapGroup(BasePath + "v3/conversations/{conversationId}/activities")
            .AddEndpointFilter(OnlyFromThisMachine)
            .ExcludeFromDescription();
        v3.MapPost("/{replyToId}", (HttpContext http, string conversationId, string replyToId) =>
            AcceptAsync(http, ChatEventKind.Reply, conversationId, null));
        v3.MapPost("", (HttpContext http, string conversationId) =>
            AcceptAsync(http, ChatEventKind.Send, conversationId, null));
        v3.MapPut("/{activityId}", (HttpContext http, string conversationId, string activityId) =>
            AcceptAsync(http, ChatEventKind.Update, conversationId, activityId));
    }

    /// <summary>The bot calling itself: from a loopback address, or from this host's own address to itself.</summary>
    public static bool IsFromThisMachine(ConnectionInfo connection)
    {
        var remote = Normalize(connection.RemoteIpAddress);
        if (remote is null) return false;
        return IPAddress.IsLoopback(remote) || remote.Equals(Normalize(connection.LocalIpAddress));
    }

    private static IPAddress? Normalize(IPAddress? address) =>
        address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;

    private static async ValueTask<object?> OnlyFromThisMachine(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (IsFromThisMachine(context.HttpContext.Connection)) return await next(context);
        return Results.Problem("The local connector only accepts the bot on this machine.", statusCode: StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> AcceptAsync(HttpContext http, ChatEventKind kind, string conversationId, string? activityId)
    {
        if (!ChatIds.IsValid(conversationId)) return Results.Problem("Unknown conversation.", statusCode: StatusCodes.Status404NotFound);
        if (http.Request.ContentLength > MaxBodyBytes) return Results.Problem("The activity is too large.", statusCode: StatusCodes.Status413PayloadTooLarge);

        JsonObject? activity;
        try
        {
            activity = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            activity = null;
        }
        if (activity is null) return Results.Problem("The body is not an activity.", statusCode: StatusCodes.Status400BadRequest);

        var rooms = http.RequestServices.GetRequiredService<ChatRooms>();
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        var id = activityId ?? rooms.NewActivityId();
        activity["id"] = id;
        rooms.Publish(conversationId, kind, id, activity, clock.GetUtcNow().UtcDateTime);
        // What the Bot Connector answers: a ResourceResponse with the activity's id.
        return Results.Json(new { id });
    }
}
