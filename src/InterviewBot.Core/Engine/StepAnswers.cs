using System.Text.Json;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Engine;

/// <summary>
/// How a step's answer is kept on its checklist entry: plain text for a one-field step, a small
/// JSON object (field id → text) for a step with several fields.
/// </summary>
public static class StepAnswers
{
    public static IReadOnlyDictionary<string, string> Read(PlaybookStep step, string? stored)
    {
        if (string.IsNullOrEmpty(stored)) return new Dictionary<string, string>();
        if (step.Fields.Count <= 1) return new Dictionary<string, string> { [step.Fields.Count == 1 ? step.Fields[0].Id : "text"] = stored };
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(stored) ?? [];
        }
        catch (JsonException)
        {
            return new Dictionary<string, string> { [step.Fields[0].Id] = stored };
        }
    }

    public static string? Write(PlaybookStep step, IReadOnlyDictionary<string, string> values)
    {
        var kept = values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => v.Value.Trim());
        if (kept.Count == 0) return null;
        return step.Fields.Count <= 1 ? kept.Values.First() : JsonSerializer.Serialize(kept);
    }
}
