using System.Text.Json;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Engine;

/// <summary>
/// How a step's answer is kept on its checklist entry: plain text for a one-field step, a small
/// JSON object (field id → text) for a step with several fields or with drafts (whose edited
/// drafts are kept next to the fields, under <c>draft</c> / <c>draft.1</c>…).
/// </summary>
public static class StepAnswers
{
    public const string DraftKey = "draft";

    public static bool UsesJson(PlaybookStep step) => step.Fields.Count > 1 || step.Action == StepAction.Draft;

    public static string DraftKeyFor(int index) => index == 0 ? DraftKey : $"{DraftKey}.{index}";

    public static IReadOnlyDictionary<string, string> Read(PlaybookStep step, string? stored)
    {
        if (string.IsNullOrEmpty(stored)) return new Dictionary<string, string>();
        if (!UsesJson(step)) return new Dictionary<string, string> { [step.Fields.Count == 1 ? step.Fields[0].Id : "text"] = stored };
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(stored) ?? [];
        }
        catch (JsonException)
        {
            return new Dictionary<string, string> { [step.Fields.Count > 0 ? step.Fields[0].Id : DraftKey] = stored };
        }
    }

    public static string? Write(PlaybookStep step, IReadOnlyDictionary<string, string> values)
    {
        var kept = values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => v.Value.Trim());
        if (kept.Count == 0) return null;
        return UsesJson(step) ? JsonSerializer.Serialize(kept) : kept.Values.First();
    }

    /// <summary>The step's own answers (without edited drafts).</summary>
    public static Dictionary<string, string> FieldsOnly(PlaybookStep step, IReadOnlyDictionary<string, string> answers) =>
        step.Fields.Where(f => answers.ContainsKey(f.Id)).ToDictionary(f => f.Id, f => answers[f.Id]);
}
