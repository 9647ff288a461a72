using System.Diagnostics;
using InterviewBot.Core.Conversations;

namespace InterviewBot.Core.Telemetry;

/// <summary>
/// The span and count of one turn. The span is a child of whatever carried the turn in (the HTTP request,
/// a Socket Mode envelope), so the platform calls the turn makes show beneath it. Only the channel, the
/// turn's purpose and its outcome are tagged: what was typed, and who typed it, stay out.
/// </summary>
internal static class TurnTelemetry
{
    public const string Ok = "ok";
    public const string Failed = "failed";

    public static Activity? Start(InboundTurn inbound)
    {
        var activity = BotTelemetry.Source.StartActivity("turn");
        activity?.SetTag(BotTelemetry.Tags.Channel, inbound.Message.Workspace.Platform);
        activity?.SetTag(BotTelemetry.Tags.Purpose, PurposeName(inbound.Purpose));
        return activity;
    }

    public static void End(Activity? activity, InboundTurn inbound, string outcome)
    {
        activity?.SetTag(BotTelemetry.Tags.Outcome, outcome);
        if (outcome == Failed) activity?.SetStatus(ActivityStatusCode.Error);
        BotTelemetry.Turns.Add(1, new(BotTelemetry.Tags.Channel, inbound.Message.Workspace.Platform), new(BotTelemetry.Tags.Outcome, outcome));
    }

    private static string PurposeName(TurnPurpose purpose) => purpose switch
    {
        TurnPurpose.Welcome => "welcome",
        TurnPurpose.Home => "home",
        _ => "message",
    };
}
