using System.Globalization;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Engine;

/// <summary>
/// The cards of a privacy admin's "privacy erase": what will go and what stays, and the outcome. They
/// name the interviews by role and date, never the candidate: the card stays in the chat's history.
/// </summary>
public static class CandidateRequestCards
{
    /// <summary>Interviews listed by role and date; beyond this many the rest are counted.</summary>
    private const int MaxListed = 10;

    public static SummaryView ConfirmErase(PendingErasure request, CandidateRecords records, Person admin)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(records);
        var interviews = records.Interviews.OrderBy(i => i.StartUtc).ToList();
        var listed = interviews.Take(MaxListed).Select(i => $"{i.Role}, {Describe.When(i, admin)}, {i.Status.Describe()}").ToList();
        if (interviews.Count > MaxListed) listed.Add($"… and {Count(interviews.Count - MaxListed)} more.");
        return new SummaryView(
            "Erase what I hold about this candidate?",
            $"They are the candidate on {Count(interviews.Count)} interview{(interviews.Count == 1 ? "" : "s")} in this workspace. This can't be undone. " +
                $"Type {Italic("privacy export")} with the same e-mail address or name first if they asked for a copy.",
            [
                new Fact("Interviews", Count(interviews.Count)),
                new Fact("Notes", Count(interviews.Sum(i => i.Notes.Count))),
                new Fact("Planned questions", Count(interviews.Sum(i => i.Questions.Count))),
                new Fact("Answers and drafts", Count(interviews.Sum(i => i.Checklist.Count(e => e.Value is not null)))),
                new Fact("Reminders", Count(records.Nudges.Count)),
                new Fact("Sent-card records", Count(records.SentCards.Count)),
            ],
            [
                new Section("Interviews", listed),
                new Section("What I erase",
                [
                    $"The candidate's name and e-mail address: the interviews show \"{CandidateErasure.ErasedCandidate}\" instead.",
                    "Every note, planned question, answer and draft on those interviews, whoever wrote it.",
                    "Their reminders (waiting ones are cancelled) and the records of the cards sent for them.",
                ]),
                new Section("What stays",
                [
                    "Each interview's role, times, status, feedback dates and recruiter, for turnaround figures.",
                ]),
            ],
            [
                ActionButton.For("Erase", Verbs.ConfirmCandidateErase, true, (Verbs.KeyRequest, request.Id.ToString())),
                ActionButton.For("Cancel", Verbs.KeepCandidateData, false, (Verbs.KeyRequest, request.Id.ToString())),
            ]);
    }

    public static SummaryView Erased(CandidateErasure erased)
    {
        ArgumentNullException.ThrowIfNull(erased);
        return new SummaryView(
            "Candidate erased",
            $"I replaced their name with \"{CandidateErasure.ErasedCandidate}\" on {Count(erased.Interviews)} interview{(erased.Interviews == 1 ? "" : "s")} " +
                "and removed everything written about them.",
            [
                new Fact("Notes", Count(erased.Notes)),
                new Fact("Planned questions", Count(erased.Questions)),
                new Fact("Checklist answers", Count(erased.ChecklistEntries)),
                new Fact("Reminders", Count(erased.Nudges)),
                new Fact("Sent-card records", Count(erased.SentCards)),
            ],
            [],
            []);
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
