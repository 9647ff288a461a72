using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InterviewBot.DevTools.Clock;

/// <summary>
/// Local mode only: read and move the <see cref="LocalClock"/>, so that a person trying the bot can
/// see next week's nudges now. <c>POST /dev/clock/advance?hours=24</c> (or the JSON body
/// <c>{"hours": 24}</c>) moves it forward the way time would pass (<see cref="ClockWalk"/>: every nudge
/// that falls due in between goes out at its own time, in order) and answers what went out;
/// <c>GET /dev/clock</c> reads it.
/// </summary>
internal static partial class DevClockEndpoints
{
    public const string HoursField = "hours";

    /// <summary>The most one call may move the clock, in hours (<see cref="LocalClock.MaxStep"/>).</summary>
    public static readonly double MaxHours = LocalClock.MaxStep.TotalHours;

    /// <summary>The least one call may move the clock, in seconds (<see cref="LocalClock.MinStep"/>).</summary>
    public static readonly double MinSeconds = LocalClock.MinStep.TotalSeconds;

    /// <summary>
    /// Maps the endpoints when the container holds a <see cref="LocalClock"/> (local mode); otherwise
    /// maps nothing, so a production host never has them.
    /// </summary>
    public static IEndpointRouteBuilder MapDevClock(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<LocalClock>() is null) return endpoints;

        var clock = endpoints.MapGroup("/dev/clock");
        clock.MapGet("", (LocalClock localClock) => TypedResults.Ok(DevClockReading.Of(localClock)));
        clock.MapPost("/advance", AdvanceAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<DevClockMove>, ValidationProblem>> AdvanceAsync(HttpRequest request, LocalClock localClock,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (hours, problem) = await ReadHoursAsync(request, cancellationToken);
        // Compared in seconds: a step of 1e-300 hours is more than 0 but no time at all once it is a TimeSpan.
        if (problem is null && (!double.IsFinite(hours) || hours * 3600 < MinSeconds || hours > MaxHours))
            problem = $"'{HoursField}' must be at least one second (0.0003 hours) and at most {MaxHours.ToString(CultureInfo.InvariantCulture)} (60 days); the clock only moves forward.";
        if (problem is not null)
        {
            ClockNotMoved(loggers.CreateLogger(typeof(DevClockEndpoints)), problem);
            return Invalid(problem);
        }

        var walk = ActivatorUtilities.CreateInstance<ClockWalk>(request.HttpContext.RequestServices);
        var result = await walk.AdvanceAsync(TimeSpan.FromSeconds(hours * 3600), cancellationToken);
        return TypedResults.Ok(DevClockMove.Of(localClock, result));
    }

    /// <summary>Hours from the query string (<c>?hours=1.5</c>) or else a JSON body (<c>{"hours": 1.5}</c>).</summary>
    private static async Task<(double Hours, string? Problem)> ReadHoursAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.Query.TryGetValue(HoursField, out var fromQuery))
        {
            return double.TryParse(fromQuery.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                ? (parsed, null)
                : (0, $"'{HoursField}' must be a number of hours, e.g. ?{HoursField}=24 or ?{HoursField}=1.5.");
        }

        if (!request.HasJsonContentType())
            return (0, $"Say how far to move the clock: ?{HoursField}=24 or the JSON body {{\"{HoursField}\": 24}}.");
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty(HoursField, out var value)
                && value.ValueKind == JsonValueKind.Number
                && value.TryGetDouble(out var parsed)
                ? (parsed, null)
                : (0, $"The body must be a JSON object with a number '{HoursField}', e.g. {{\"{HoursField}\": 24}}.");
        }
        catch (JsonException)
        {
            return (0, $"The body is not valid JSON; send e.g. {{\"{HoursField}\": 24}}.");
        }
    }

    /// <summary>One line per refusal, with the reason.</summary>
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Rejected a request to /dev/clock/advance: {Reason}")]
    private static partial void ClockNotMoved(ILogger logger, string reason);

    private static ValidationProblem Invalid(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [HoursField] = [message] }, title: "The clock was not moved.");
}

/// <summary>What the dev clock endpoints answer: the local clock's time and how far ahead of real time it is.</summary>
internal sealed record DevClockReading(DateTime Now, double OffsetHours)
{
    public static DevClockReading Of(LocalClock clock) => new(clock.GetUtcNow().UtcDateTime, clock.Offset.TotalHours);
}

/// <summary>
/// What a move of the dev clock answers: the clock's new time, and what happened on the way – nudges
/// delivered, expired, or now waiting for a later moment – or why it stopped short.
/// </summary>
internal sealed record DevClockMove(DateTime Now, double OffsetHours, int Delivered, int Expired, int Later, string? StoppedBecause)
{
    public static DevClockMove Of(LocalClock clock, ClockWalkResult walk) =>
        new(clock.GetUtcNow().UtcDateTime, clock.Offset.TotalHours, walk.Delivered, walk.Expired, walk.Later, walk.StoppedBecause);
}
