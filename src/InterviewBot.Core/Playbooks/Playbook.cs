using InterviewBot.Core.Domain;

namespace InterviewBot.Core.Playbooks;

/// <summary>A playbook for one side of the call, loaded from an embedded YAML file.</summary>
public sealed record Playbook(string Id, Audience Audience, string Title, IReadOnlyList<PlaybookPhase> Phases)
{
    public PlaybookPhase? FindPhase(string? phaseId) =>
        Phases.FirstOrDefault(p => string.Equals(p.Id, phaseId, StringComparison.OrdinalIgnoreCase));

    public PlaybookStep? FindStep(string? stepId) =>
        Phases.SelectMany(p => p.Steps).FirstOrDefault(s => s.Id == stepId);

    public PlaybookPhase PhaseOf(PlaybookStep step) => Phases.First(p => p.Steps.Contains(step));

    public IEnumerable<PlaybookStep> Steps => Phases.SelectMany(p => p.Steps);
}

public sealed record PlaybookPhase(string Id, string Title, string Intro, IReadOnlyList<PlaybookStep> Steps);

public sealed record PlaybookStep(
    string Id,
    string Title,
    string Why,
    StepAction Action,
    StepStore Store,
    string? Prompt,
    IReadOnlyList<StepField> Fields,
    IReadOnlyList<StepLink> Links,
    string? Draft)
{
    /// <summary>True when the answer is typed (text or list) and so can also be sent as a chat message.</summary>
    public bool TakesText => Fields.Count == 1 && Fields[0].Kind == FieldKind.Text;
}

/// <summary>What the person does for a step.</summary>
public enum StepAction
{
    /// <summary>Tick it off.</summary>
    Check,

    /// <summary>Write something into one or more fields.</summary>
    Text,

    /// <summary>Write a list, one item per line.</summary>
    List,

    /// <summary>Open generated links, optionally noting what they learned.</summary>
    Link,

    /// <summary>Edit and send a drafted message, then mark it sent.</summary>
    Draft,
}

/// <summary>Where a step's answer is kept.</summary>
public enum StepStore
{
    /// <summary>On the person's checklist entry for the step.</summary>
    Checklist,

    /// <summary>As a note on the interview.</summary>
    Notes,

    /// <summary>As the person's planned questions for the interview.</summary>
    Questions,

    /// <summary>In the role brief shared by every interview for the role.</summary>
    RoleBrief,

    /// <summary>As the date feedback was promised by (plus the text on the checklist).</summary>
    FeedbackDate,
}

public enum FieldKind
{
    Text,
    Date,
}

public sealed record StepField(string Id, string Label, string? Placeholder, bool Multiline, FieldKind Kind);

/// <summary>A link whose label and URL may hold placeholders such as <c>{candidate}</c>.</summary>
public sealed record StepLink(string Label, string Url);
