using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Engine;

/// <summary>One drafted message: who it is for (when drafted per person) and its text.</summary>
public sealed record Draft(string? Recipient, string Text);

/// <summary>
/// Writes a step's drafts from its template, the interview's placeholders and the step's own
/// answers – one per recipient for steps drafted per person. A draft the user edited and saved
/// is returned as they left it.
/// </summary>
public static class DraftWriter
{
    public static IReadOnlyList<Draft> Write(PlaybookStep step, IReadOnlyDictionary<string, string?> placeholders,
        IReadOnlyDictionary<string, string> answers, string? defaultRecipient)
    {
        if (step.Drafts.Count == 0) return [];
        var values = new Dictionary<string, string?>(placeholders);
        foreach (var (key, value) in StepAnswers.FieldsOnly(step, answers)) values[key] = Clean(value);
        var template = step.DraftFor(answers)!;

        var recipients = step.DraftPer is null
            ? [(string?)null]
            : Lines(answers.GetValueOrDefault(step.DraftPer) ?? defaultRecipient).Cast<string?>().DefaultIfEmpty(defaultRecipient).ToList();

        return recipients.Select((recipient, i) =>
        {
            var edited = answers.GetValueOrDefault(StepAnswers.DraftKeyFor(i));
            if (!string.IsNullOrWhiteSpace(edited)) return new Draft(recipient, edited);
            values["recipient"] = recipient;
            return new Draft(recipient, TemplateText.Fill(template.Text, values));
        }).ToList();
    }

    public static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    /// <summary>An answer placed inside a sentence: no trailing full stop, so the template's own punctuation reads right.</summary>
    private static string Clean(string value) => value.Trim().TrimEnd('.', ' ');
}
