using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Engine;

/// <summary>
/// A draft step's answers, with its boxes started from the person's own material when they have not
/// written anything yet: the strengths and what to improve from the call notes, and the hiring
/// manager's decision. Never the manager's reason, which stays internal.
/// </summary>
public static class DraftSources
{
    public static IReadOnlyDictionary<string, string> Answers(PlaybookStep step, IReadOnlyDictionary<string, string> answers, Interview interview, Person viewer)
    {
        var prefilled = step.Fields.Where(f => f.Prefill != FieldPrefill.None).ToList();
        // Once the person has saved anything in the step's boxes, what they wrote (or cleared) stands.
        if (prefilled.Count == 0 || step.Fields.Any(f => !string.IsNullOrWhiteSpace(answers.GetValueOrDefault(f.Id)))) return answers;

        var notes = string.Join('\n', interview.NotesBy(viewer.Id).Where(n => n.StepId == "take-notes").Select(n => n.Text));
        var (strengths, toImprove) = FeedbackNotes.Read(notes);
        var filled = new Dictionary<string, string>(answers);
        foreach (var field in prefilled)
        {
            var value = field.Prefill switch
            {
                FieldPrefill.Strengths => strengths,
                FieldPrefill.ToImprove => toImprove,
                FieldPrefill.Decision => Decision(interview),
                _ => null,
            };
            if (value is not null) filled[field.Id] = value;
        }
        return filled;
    }

    /// <summary>The hiring manager's answer in words for the candidate (a "not a fit" reads as a no, so the kind rejection is drafted).</summary>
    private static string? Decision(Interview interview) => interview.ManagerAnswer switch
    {
        HiringAnswer.NextRound => "we would like to invite you to the next round",
        HiringAnswer.NotAFit => "we are going ahead with other candidates this time",
        _ => null,
    };
}
