using InterviewBot.Core.Coaching;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Engine;

/// <summary>
/// What a person wrote earlier, carried to the card where they need it: on the call card their planned
/// questions and prep (resume notes and what they looked up; or their stories and research), on the
/// after card the call notes and the follow-ups they jotted down.
/// </summary>
public static class PrepSections
{
    private const int LineLength = 200;
    private const int StoriesShown = 3;

    public static List<Section> ForCall(ChecklistContext context)
    {
        var (interview, viewer, _, _, _, _) = context;
        var candidate = interview.SideOf(viewer.Id) == Audience.Candidate;
        var sections = new List<Section>();
        var questions = interview.QuestionsBy(viewer.Id).Select(q => q.Intent is null ? q.Text : $"{q.Text} {Markup.Italic($"({q.Intent})")}").ToList();
        Add(sections, candidate ? "My questions" : "Planned questions", questions);
        if (candidate)
        {
            Add(sections, "My stories", (context.Stories ?? []).Take(StoriesShown).Select(s => StoryPolisher.Polish(s.Situation, s.Action, s.Result).Text));
            Add(sections, $"What I learned about {interview.Company ?? "the company"}", Learned(context, "research"));
        }
        else
        {
            Add(sections, "Resume notes", Notes(interview, viewer, "resume-homework"));
            Add(sections, "Looked up", Learned(context, "look-beyond"));
        }
        return sections;
    }

    /// <summary>The after card: the call notes (what the feedback is written from) and the follow-ups; null when there are none.</summary>
    public static List<Section>? ForAfter(ChecklistContext context)
    {
        var (interview, viewer, _, _, _, _) = context;
        var sections = new List<Section>();
        Add(sections, "Call notes", Notes(interview, viewer, "take-notes"));
        Add(sections, "Follow-ups", Learned(context, "listen-actively").SelectMany(DraftWriter.Lines));
        return sections.Count == 0 ? null : sections;
    }

    /// <summary>
    /// The open questions the recruiter's prep notes ask for ("gap – ask why") that are not planned yet:
    /// each becomes a one-tap button on the call card.
    /// </summary>
    public static IReadOnlyList<string> UnplannedAsks(ChecklistContext context)
    {
        var (interview, viewer, _, _, _, _) = context;
        var planned = interview.QuestionsBy(viewer.Id).Select(q => q.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var prep = interview.NotesBy(viewer.Id).Where(n => n.StepId == "resume-homework").Select(n => n.Text).Concat(Learned(context, "look-beyond"));
        return NoteAsks.From(prep).Where(q => !planned.Contains(q)).ToList();
    }

    private static IEnumerable<string> Notes(Interview interview, Person viewer, string stepId) =>
        interview.NotesBy(viewer.Id).Where(n => n.StepId == stepId).Select(n => HelpCards.Shorten(n.Text, LineLength));

    /// <summary>The first box of a step the person filled (a link step's "what I learned", a list step's lines).</summary>
    private static IEnumerable<string> Learned(ChecklistContext context, string stepId)
    {
        var step = context.Playbook.FindStep(stepId);
        if (step is null || step.Fields.Count == 0) return [];
        var answers = StepAnswers.Read(step, context.Interview.FindEntry(context.Viewer.Id, stepId)?.Value);
        var text = answers.GetValueOrDefault(step.Fields[0].Id);
        return string.IsNullOrWhiteSpace(text) ? [] : [step.Action == StepAction.List ? text : HelpCards.Shorten(text, LineLength)];
    }

    private static void Add(List<Section> sections, string heading, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count > 0) sections.Add(new Section(heading, list));
    }
}
