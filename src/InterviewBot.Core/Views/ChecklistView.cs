namespace InterviewBot.Core.Views;

/// <summary>A phase of a playbook for one interview: its steps, what is done, progress n/m.</summary>
public sealed record ChecklistView(
    string Title,
    string? Subtitle,
    int Done,
    int Total,
    IReadOnlyList<ChecklistItemView> Items,
    IReadOnlyList<ActionButton> Buttons,
    IReadOnlyList<Fact>? Facts = null,
    IReadOnlyList<Section>? Sections = null,
    string? Notice = null) : CardView(Title);

/// <summary>One step on a checklist, with what the person can do for it right there.</summary>
public sealed record ChecklistItemView(
    string StepId,
    string Title,
    string Why,
    bool Done,
    string? Prompt,
    IReadOnlyList<FieldView> Fields,
    IReadOnlyList<LinkButton> Links,
    IReadOnlyList<ActionButton> Buttons,
    string? Saved = null);
