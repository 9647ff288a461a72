using System.Text;
using InterviewBot.Slack.Inbound;
using InterviewBot.Slack.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// In the channel's root namespace, like AddSlackChannel, so the host wires Slack with one using.
namespace InterviewBot.Slack;

/// <summary>
/// Slack's Request URLs: <c>POST /slack/commands</c> (form), <c>/slack/interactions</c> (form field
/// <c>payload</c> with JSON) and <c>/slack/events</c> (JSON). Each is verified first (signature,
/// 5-minute window), then read, then acknowledged while the work goes on in the background.
/// Anything that is not a well-formed Slack request gets a 4xx with the reason, never a 5xx.
/// </summary>
public static class SlackEndpoints
{
    public const string CommandsPath = "/slack/commands";
    public const string InteractionsPath = "/slack/interactions";
    public const string EventsPath = "/slack/events";

    private const string Form = "application/x-www-form-urlencoded";
    private const string Json = "application/json";

    /// <summary>Maps the three endpoints; maps nothing when Slack is off or runs in Socket Mode only (no signing secret).</summary>
    public static IEndpointRouteBuilder MapSlackChannel(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var settings = endpoints.ServiceProvider.GetService<SlackSettings>();
        if (settings is null || !settings.ServesHttp) return endpoints;

        var verifier = endpoints.ServiceProvider.GetRequiredService<SlackSignatureVerifier>();
        var logger = endpoints.ServiceProvider.GetRequiredService<ILogger<SlackVerificationFilter>>();
        var slack = endpoints.MapGroup("").DisableAntiforgery();
        slack.AddEndpointFilter(SlackAckTelemetry.Measure); // ack latency and a span per request
        slack.MapPost(CommandsPath, Commands).AddEndpointFilter(new SlackVerificationFilter(verifier, logger, Form));
        slack.MapPost(InteractionsPath, InteractionsAsync).AddEndpointFilter(new SlackVerificationFilter(verifier, logger, Form));
        slack.MapPost(EventsPath, Events).AddEndpointFilter(new SlackVerificationFilter(verifier, logger, Json));
        endpoints.MapSlackInstall(settings);
        return endpoints;
    }

    private static IResult Commands(HttpContext http, SlackInbox inbox)
    {
        var command = SlashCommand.From(FormOf(http));
        return Answer(http, command is null ? SlackAck.Malformed("Not a slash command: team_id, user_id, channel_id and command are required.") : inbox.Command(command));
    }

    private static async Task<IResult> InteractionsAsync(HttpContext http, SlackInbox inbox)
    {
        if (!FormOf(http).TryGetValue("payload", out var json)) return Answer(http, SlackAck.Malformed("The form has no payload field."));
        var (payload, problem) = SlackJson.ParseObject(json);
        if (payload is null) return Answer(http, SlackAck.Malformed(problem ?? "The payload field is not a JSON object."));
        return Answer(http, await inbox.InteractionAsync(payload, http.RequestAborted));
    }

    private static IResult Events(HttpContext http, SlackInbox inbox)
    {
        var body = SlackRequestBody.Of(http).Bytes;
        var (envelope, problem) = SlackJson.ParseObject(Encoding.UTF8.GetString(body));
        if (envelope is null) return Answer(http, SlackAck.Malformed(problem ?? "The body is not a JSON object."));
        return Answer(http, inbox.Event(envelope));
    }

    private static IResult Answer(HttpContext http, SlackAck ack)
    {
        if (ack.Status >= 300)
        {
            Log.RequestRejected(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SlackEndpoints)), http.Request.Path, ack.Reason ?? ack.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Results.Problem(ack.Reason, statusCode: ack.Status);
        }
        return ack.Body is null ? Results.Ok() : Results.Text(ack.Body.ToJsonString(), Json, Encoding.UTF8);
    }

    private static Dictionary<string, string> FormOf(HttpContext http)
    {
        var text = Encoding.UTF8.GetString(SlackRequestBody.Of(http).Bytes);
        return QueryHelpers.ParseQuery(text).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
    }
}
