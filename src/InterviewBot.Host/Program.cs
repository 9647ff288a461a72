using InterviewBot.Calendar;
using InterviewBot.Core;
using InterviewBot.DevTools;
using InterviewBot.Host;
using InterviewBot.Host.Api;
using InterviewBot.Host.Telemetry;
using InterviewBot.Mail;
using InterviewBot.Slack;
using InterviewBot.Teams;

// A bad setting stops start-up with one plain line naming it (StartupFailure), not a stack trace.
try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.UseDefaultUrl();
    builder.UseRequestLimits();
    builder.AddLocalMode();
    builder.Services.AddInterviewBotCore();
    builder.Services.AddDefaultTimeZone(builder.Configuration);
    builder.Services.AddPrivacyAdmins(builder.Configuration);
    builder.Services.AddInterviewBotStorage(builder.Configuration, builder.Environment);
    builder.Services.AddInterviewBotDataProtection(builder.Configuration, builder.Environment);
    builder.Services.AddTeamsChannel(builder.Configuration);
    builder.Services.AddSlackChannel(builder.Configuration);
    builder.Services.AddInterviewBotScheduling(builder.Configuration, builder.Environment);
    builder.Services.AddInterviewBotMail(builder.Configuration);
    builder.Services.AddInterviewsApi(builder.Configuration);
    builder.Services.AddCalendarFeeds(builder.Configuration);
    builder.Services.AddInterviewBotHealthChecks();
    builder.AddInterviewBotTelemetry();
    builder.UseInterviewBotLogFormat();

    var app = builder.Build();

    app.UseProblemResponsesForErrors();
    app.UseLocalMode();
    await app.Services.PrepareDatabaseAsync();
    app.MapInterviewBotHealth();
    app.MapInterviewBotMetrics();
    app.MapTeamsChannel();
    app.MapSlackChannel();
    app.MapInterviewsApi();
    app.MapGet("/", () => Results.Text("InterviewBot is running. Bot Framework endpoint: POST /api/messages"));

    await app.RunAsync();
}
catch (Exception failure) when (StartupFailure.IsBadSetting(failure))
{
    await Console.Error.WriteLineAsync(StartupFailure.Line(failure));
    return 1;
}
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the host tests.</summary>
public partial class Program;
