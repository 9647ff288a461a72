using System.Text.Json.Nodes;
using InterviewBot.Cards;

namespace InterviewBot.Slack.Tests.Support;

/// <summary>
/// Every Block Kit payload the stand-in received, checked against Slack's limits: with the Block Kit
/// renderer's own checker (tests/InterviewBot.Cards.Tests/BlockKitLimits.cs) when it is there, else
/// with the limits that matter most here.
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
                yield return (name, new JsonObject { ["blocks"] = view["blocks"]!.DeepClone(), ["text"] = "App Home" });
            else if (call.View is { } modal)
                yield return (name, (JsonObject)modal.DeepClone());
        }
    }

    public static IReadOnlyList<string> Violations(JsonObject payload)
    {
#if CARDS_LIMITS_CHECKER
        return InterviewBot.Cards.Tests.BlockKitLimits.Check(payload);
#else
        return Basic(payload);
#endif
    }

    /// <summary>The counts and lengths Slack refuses a payload for, when the renderer's full checker is not at hand.</summary>
    public static List<string> Basic(JsonObject payload)
    {
        var problems = new List<string>();
        var isModal = payload["type"]?.GetValue<string>() == "modal";
        var blocks = payload["blocks"] as JsonArray ?? [];
        var max = isModal ? BlockKitRenderer.MaxModalBlocks : BlockKitRenderer.MaxMessageBlocks;
        if (blocks.Count > max) problems.Add($"{blocks.Count} blocks, more than {max}");
        if (isModal && (payload["title"]?["text"]?.GetValue<string>().Length ?? 0) > BlockKitRenderer.MaxModalTitle) problems.Add("modal title over 24 characters");
        if ((payload["private_metadata"]?.GetValue<string>().Length ?? 0) > 3000) problems.Add("private_metadata over 3000 characters");
        foreach (var node in JsonTree.Objects(blocks))
        {
            var type = node["type"]?.GetValue<string>();
            if (type == "section" && (node["text"]?["text"]?.GetValue<string>().Length ?? 0) > BlockKitRenderer.MaxSectionText) problems.Add("section text over 3000");
            if (type == "section" && node["fields"] is JsonArray { Count: > BlockKitRenderer.MaxFields }) problems.Add("more than 10 fields");
            if (type == "actions" && node["elements"] is JsonArray { Count: > BlockKitRenderer.MaxActionsPerBlock }) problems.Add("more than 25 elements in an actions block");
            if (type == "button")
            {
                if ((node["value"]?.GetValue<string>().Length ?? 0) > BlockKitRenderer.MaxButtonValue) problems.Add("button value over 2000");
                if ((node["text"]?["text"]?.GetValue<string>().Length ?? 0) > BlockKitRenderer.MaxButtonText) problems.Add("button text over 75");
            }
            if ((node["action_id"]?.GetValue<string>().Length ?? 0) > BlockKitRenderer.MaxActionId) problems.Add("action_id over 255");
            if ((node["block_id"]?.GetValue<string>().Length ?? 0) > BlockKitRenderer.MaxBlockId) problems.Add("block_id over 255");
        }
        return problems;
    }
}
