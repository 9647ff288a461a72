using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Engine;

/// <summary>One drafted message: who it is for (when drafted per person), its text, and its label when it is another way to write it.</summary>
public sealed record Draft(string? Recipient, string Text, string? Label = null);

/// <summary>
/// Writes a step's drafts from its template, the interview's placeholders and the step's own
/// answers – one per recipient for steps drafted per person, each greeting them by first name and
/// recalling a different topic from the notes – then any labelled alternatives ("Short honest reply").
/// A draft the user edited and saved is returned as they left it.
/// </summary>
public static class DraftWriter
{
    /// <summary>The placeholder holding every call note of the viewer, one per line: where per-person topics come from.</summary>
    public const string CallNotes = "callNotes";

    /// <summary>The placeholders a per-person draft adds for each recipient.</summary>
    public static readonly IReadOnlyList<string> PerRecipient = ["recipient", "recipientFirst", "topic"];

    public static IReadOnlyList<Draft> Write(PlaybookStep step, IReadOnlyDictionary<string, string?> placeholders,
        IReadOnlyDictionary<string, string> answers, string? defaultRecipient)
    {
        if (step.Drafts.Count == 0) return [];
        var values = new Dictionary<string, string?>(placeholders);
        foreach (var field in step.Fields)
        {
            var answer = answers.GetValueOrDefault(field.Id);
            // An empty box shows as a hint in its own words ("[what was good]"), not as the field's id.
            values[field.Id] = string.IsNullOrWhiteSpace(answer) ? $"[{field.Label.ToLowerInvariant()}]" : Clean(answer);
        }

        var recipients = step.DraftPer is null
            ? [(string?)null]
            : Lines(answers.GetValueOrDefault(step.DraftPer) ?? defaultRecipient).Cast<string?>().DefaultIfEmpty(defaultRecipient).ToList();
        var firstNames = recipients.Select(r => r is null ? "" : PersonNames.FirstName(r)).ToList();
        var topics = NoteTopics.PickFor(firstNames, placeholders.GetValueOrDefault(CallNotes));

        var drafts = new List<Draft>();
        if (step.DraftFor(answers) is { } template)
        {
            for (var i = 0; i < recipients.Count; i++)
            {
                values["recipient"] = recipients[i];
                values["recipientFirst"] = firstNames[i];
                values["topic"] = topics[i] ?? (recipients.Count > 1 ? $"[something you and {firstNames[i]} talked about]" : "[one thing you talked about]");
                drafts.Add(Kept(answers, drafts.Count, recipients[i], null) ?? new Draft(recipients[i], TemplateText.Fill(template.Text, values)));
            }
        }
        foreach (var other in step.AlternativesFor(answers))
            drafts.Add(Kept(answers, drafts.Count, null, other.Label) ?? new Draft(null, TemplateText.Fill(other.Text, values), other.Label));
        return drafts;
    }

    public static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static Draft? Kept(IReadOnlyDictionary<string, string> answers, int index, string? recipient, string? label)
    {
        var edited = answers.GetValueOrDefault(StepAnswers.DraftKeyFor(index));
        return string.IsNullOrWhiteSpace(edited) ? null : new Draft(recipient, edited, label);
    }

    /// <summary>An answer placed inside a sentence: no trailing full stop, so the template's own punctuation reads right.</summary>
    private static string Clean(string value) => value.Trim().TrimEnd('.', ' ');
}
