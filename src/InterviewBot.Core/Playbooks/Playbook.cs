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
    IReadOnlyList<DraftTemplate> Drafts,
    StepCoach Coach = StepCoach.None,
    string? DraftPer = null,
    IReadOnlyList<string>? Defaults = null,
    string? Nudge = null,
    StepEffect Effect = StepEffect.None,
    IReadOnlyList<string>? DoneWhen = null)
{
    /// <summary>True when the answer is typed (text or list), so it can also be given as chat messages.</summary>
    public bool TakesText => Fields.Count > 0 && Fields.All(f => f.Kind == FieldKind.Text) && Store != StepStore.Intents;

    /// <summary>The first main draft (no label) that fits <paramref name="answers"/>.</summary>
    public DraftTemplate? DraftFor(IReadOnlyDictionary<string, string> answers) =>
        Drafts.FirstOrDefault(d => d.Label is null && d.Fits(answers));

    /// <summary>Other ways to write the message ("Short honest reply"): for each label, its first draft that fits.</summary>
    public IReadOnlyList<DraftTemplate> AlternativesFor(IReadOnlyDictionary<string, string> answers) =>
        Drafts.Where(d => d.Label is not null).GroupBy(d => d.Label).Select(g => g.FirstOrDefault(d => d.Fits(answers))).OfType<DraftTemplate>().ToList();
}

/// <summary>
/// A message drafted for the user; used when every field named in <see cref="When"/> has an answer and,
/// with <see cref="WhenNo"/>, when that field reads as a no (<see cref="DecisionWords"/>). A draft with a
/// <see cref="Label"/> is offered next to the main one, as another way to write it.
/// </summary>
public sealed record DraftTemplate(string Text, IReadOnlyList<string> When, string? WhenNo = null, string? Label = null)
{
    public bool Fits(IReadOnlyDictionary<string, string> answers) =>
        When.All(f => !string.IsNullOrWhiteSpace(answers.GetValueOrDefault(f)))
        && (WhenNo is null || DecisionWords.IsNo(answers.GetValueOrDefault(WhenNo)));
}

/// <summary>The coach or tool that works on a step's answer, beyond storing it.</summary>
public enum StepCoach
{
    None,

    /// <summary>Flags closed planned questions and offers open rewrites.</summary>
    QuestionCoach,

    /// <summary>Spots a salary range and coaches towards one number.</summary>
    SalaryCoach,

    /// <summary>Turns situation, action and result into a polished story kept in the brag list.</summary>
    StoryBuilder,

    /// <summary>Offers a curated bank of questions to pick from.</summary>
    QuestionBank,

    /// <summary>Lets the candidate tick off their prepared questions as they ask them.</summary>
    AskedQuestions,

    /// <summary>Keeps the role brief in view on the call card.</summary>
    RoleBriefInView,

    /// <summary>Keeps the answers as a journal across interviews.</summary>
    Journal,

    /// <summary>Says how long the pitch takes to say, and advises cutting it when it runs long.</summary>
    PitchPace,
}

/// <summary>What marking a step done also does to the interview.</summary>
public enum StepEffect
{
    None,

    /// <summary>Feedback was sent: the interview moves to "feedback sent" and the follow-up stops.</summary>
    FeedbackSent,

    /// <summary>The candidate was told the decision is delayed: the interview is "decision pending".</summary>
    DecisionPending,
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

    /// <summary>As the intent of each planned question (one field per question).</summary>
    Intents,
}

public enum FieldKind
{
    Text,
    Date,
}

/// <param name="Prefill">Where an empty box takes its first value from (see <see cref="FieldPrefill"/>).</param>
public sealed record StepField(string Id, string Label, string? Placeholder, bool Multiline, FieldKind Kind, FieldPrefill Prefill = FieldPrefill.None);

/// <summary>What a draft step's box starts with before the person writes anything: their own material.</summary>
public enum FieldPrefill
{
    None,

    /// <summary>The strengths in the call notes ("strong: …", "clear examples of …").</summary>
    Strengths,

    /// <summary>What the call notes say could be stronger ("weak: …", "not enough …").</summary>
    ToImprove,

    /// <summary>The hiring manager's decision (next round, or not a fit), in words for the candidate.</summary>
    Decision,
}

/// <summary>
/// A link whose label and URL may hold placeholders such as <c>{candidate}</c>. With
/// <see cref="OnlyWith"/> the link shows only once that field of the step has an answer.
/// </summary>
public sealed record StepLink(string Label, string Url, string? OnlyWith = null);
