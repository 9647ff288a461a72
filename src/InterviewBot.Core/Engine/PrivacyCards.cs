using System.Globalization;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Engine;

/// <summary>The cards of "forget me" and "delete interview": what will go, what stays, and the outcome.</summary>
public static class PrivacyCards
{
    public static SummaryView ConfirmForget(Person person, PersonalDataExport held)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(held);
        var mine = held.Interviews.Where(i => i.CreatedByMe).ToList();
        var others = held.Interviews.Where(i => !i.CreatedByMe).ToList();
        return new SummaryView(
            "Delete everything I hold about you?",
            $"This can't be undone. Type {Italic("export my data")} first if you want a copy.",
            [
                new Fact("Interviews you created", Count(mine.Count)),
                new Fact("Interviews others created, you are on", Count(others.Count)),
                new Fact("Your answers and drafts", Count(held.Interviews.Sum(i => i.MyChecklist.Count(a => a.Value is not null)))),
                new Fact("Your notes", Count(held.Interviews.Sum(i => i.MyNotes.Count))),
                new Fact("Your planned questions", Count(held.Interviews.Sum(i => i.MyQuestions.Count))),
                new Fact("Stories in your brag list", Count(held.Stories.Count)),
                new Fact("Reminders for you", Count(held.Nudges.Count)),
                .. held.Calendar is { } calendar ? [new Fact("Calendar events I asked you about", Count(calendar.Events.Count))] : Array.Empty<Fact>(),
            ],
            [
                new Section("What I delete",
                [
                    "Your profile: name, time zone, working hours and reminder choices.",
                    "Every interview you created, with everything on it – including what others wrote there – and its reminders. A candidate who joined keeps their own prep.",
                    "Your answers, drafts, notes and questions on interviews others created, your journal and your brag list.",
                    "Reminders waiting for you, and how I reach you in this chat.",
                    .. held.Calendar is null ? Array.Empty<string>() : [CalendarGoes],
                ]),
                new Section("What stays",
                [
                    $"Interviews others created stay theirs; you show there as \"{ForgetResult.FormerParticipant}\".",
                    "Role briefs: they belong to your team's workspace, not to one person.",
                ]),
            ],
            [
                ActionButton.For("Delete everything", Verbs.ConfirmForget, true, (Verbs.KeyPerson, person.Id.ToString())),
                ActionButton.For("Cancel", Verbs.KeepData),
            ]);
    }

    /// <summary>On the card of someone who gave a calendar feed: its secret address and what it was asked about go too.</summary>
    public const string CalendarGoes = "Your calendar's secret address and the events I asked you about: I stop reading your calendar.";

    public static SummaryView Forgotten() =>
        new("Done – I no longer hold anything about you.", "If you write to me again I'll start fresh.", [], [], []);

    public static SummaryView ConfirmDeleteInterview(Interview interview, Person owner)
    {
        ArgumentNullException.ThrowIfNull(interview);
        return new SummaryView(
            "Delete this interview?",
            $"{ChecklistCardBuilder.Headline(interview, owner)}, {Describe.When(interview, owner)}. This can't be undone.",
            [],
            [
                new Section("What I delete",
                [
                    "The interview and its checklists, for everyone on it.",
                    "Every note, answer, draft and planned question on it.",
                    "Its reminders, sent and waiting.",
                ]),
                new Section("What stays",
                [
                    "Stories written for it stay in their author's brag list.",
                    $"The role brief for {interview.Role}.",
                ]),
            ],
            [
                ActionButton.For("Delete interview", Verbs.ConfirmDeleteInterview, true, (Verbs.KeyInterview, interview.Id.ToString())),
                ActionButton.For("Cancel", Verbs.KeepData),
            ]);
    }

    public static SummaryView InterviewDeleted(string headline) => new(
        "Interview deleted",
        $"{headline} and everything on it are gone.",
        [],
        [],
        [ActionButton.For("My interviews", Verbs.ListInterviews)]);

    /// <summary>A privacy admin's list of the workspaces that removed the bot, each with the day its kept data goes.</summary>
    public static SummaryView RemovedWorkspaces(IReadOnlyList<Workspace> removed, Func<DateTime, DateTime> deletedFrom, Person admin) => new(
        "Workspaces that removed me",
        "I keep their data for a while in case they add me back, then delete it. Delete now removes it all at once – people, interviews, " +
        "notes, reminders and their records – for every workspace below. This can't be undone.",
        [
            .. removed.Select(w => new Fact(
                $"{w.Platform} {w.Name ?? w.ExternalId}",
                $"removed {Describe.Date(w.UninstalledUtc!.Value, admin)}, deleted on {Describe.Date(deletedFrom(w.UninstalledUtc.Value), admin)}")),
        ],
        [],
        [ActionButton.For("Delete now", Verbs.DeleteRemovedWorkspaces, true), ActionButton.For("Cancel", Verbs.Dismiss)]);

    public static SummaryView NothingDeleted() => new("Nothing deleted", "Everything stays as it was.", [], [], []);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
