using System.Text.Json.Nodes;

namespace InterviewBot.Slack.Tests.Support;

/// <summary>
/// Every Block Kit payload the stand-in received, checked against Slack's limits with the Block Kit
/// renderer's own checker.
/// </summary>
public static class BlockKitPayloads
{
    /// <summary>Messages (chat.postMessage / chat.update) and views (views.open / update / publish) the bot sent.</summary>
    public static IEnumerable<(string Name, JsonObject Payload)> Of(IEnumerable<SlackCall> calls)
    {
        foreach (var call in calls.Where(c => c.Json is not null))
        {
            var name = $"{call.Method} #{call.ResultId}";
            if (call.Method is "chat.postMessage" or "chat.update" or "chat.postEphemeral" && call.Blocks is { } blocks)
                yield return (name, new JsonObject { ["blocks"] = blocks.DeepClone(), ["text"] = call.Text });
            else if (call.View is { } view && view["type"]?.GetValue<string>() == "home")
                yield return (name, (JsonObject)view.DeepClone());
            else if (call.View is { } modal)
                yield return (name, (JsonObject)modal.DeepClone());
        }
    }

    /// <summary>What breaks Slack's Block Kit rules in <paramref name="payload"/> (<see cref="BlockKitLimits"/>).</summary>
    public static IReadOnlyList<string> Violations(JsonObject payload) => BlockKitLimits.Check(payload);
}
