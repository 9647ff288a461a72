namespace InterviewBot.Core.Tests.Support;

/// <summary>
/// A workspace where Jordan Lee never used the bot but is the candidate on two recruiters' screens:
/// Rita's, coming up, with notes, questions, answers and reminders (one already sent), and Sam's,
/// closed, where Sam typed the name and address differently. Next to them: Casey's screen with Rita,
/// a colleague also called Jordan Lee preparing for an outside interview of their own (private to
/// them), and a Jordan Lee screen in another workspace. Ada and Adam are the privacy admins.
/// </summary>
public sealed class CandidateScenario
{
    public const string Email = "jordan.lee@mail.example";

    /// <summary>Texts written only about the candidate Jordan on the recruiters' screens.</summary>
    public static readonly string[] WrittenAboutJordan =
        ["Rita's note: Jordan was strong on Kafka", "Ask Jordan about on-call", "Jordan's salary ask: 90k", "Sam's note: Jordan declined", "Jordan asked for more time"];

    private CandidateScenario() { }

    public Workspace Workspace { get; private set; } = null!;
    public Person Rita { get; private set; } = null!;
    public Interview RitasScreen { get; private set; } = null!;
    public Interview SamsScreen { get; private set; } = null!;
    public Interview CaseysScreen { get; private set; } = null!;
    public Interview ColleaguesPrep { get; private set; } = null!;
    public Interview OtherWorkspacesScreen { get; private set; } = null!;

    /// <summary>Reminders of Jordan's screens still waiting: their timers must be cancelled.</summary>
    public IReadOnlyList<Guid> WaitingOnJordansScreens { get; private set; } = [];

    public Nudge CaseysReminder { get; private set; } = null!;

    public static async Task<CandidateScenario> SeedAsync(TestDatabase database)
    {
        var s = new CandidateScenario();
        var now = database.NowUtc;
        await using var db = database.NewContext();

        s.Workspace = new Workspace(Platforms.Slack, "T-ACME", now);
        var other = new Workspace(Platforms.Slack, "T-GLOBEX", now);
        s.Rita = new Person(s.Workspace.Id, "U-RITA", "Rita Recruiter", now);
        var sam = new Person(s.Workspace.Id, "U-SAM", "Sam Sourcer", now);
        var colleague = new Person(s.Workspace.Id, "U-JORDAN", "Jordan Lee", now);
        var greg = new Person(other.Id, "U-GREG", "Greg Globex", now);
        db.AddRange(s.Workspace, other, s.Rita, sam, colleague, greg,
            new Person(s.Workspace.Id, "U-ADA", "Ada Admin", now), new Person(s.Workspace.Id, "U-ADAM", "Adam Admin", now));

        var start = now.AddDays(3);
        s.RitasScreen = Screen(s.Workspace, s.Rita, new Party("Jordan Lee", Email), start, now);
        s.RitasScreen.AddNote(s.Rita.Id, "take-notes", "Rita's note: Jordan was strong on Kafka", now);
        s.RitasScreen.ReplaceQuestions(s.Rita.Id, ["Ask Jordan about on-call"], now);
        s.RitasScreen.Entry(s.Rita.Id, "resume-homework").Save("Jordan's salary ask: 90k", now);

        s.SamsScreen = Screen(s.Workspace, sam, new Party("jordan   LEE", "Jordan.Lee@Mail.Example"), now.AddDays(-20), now.AddDays(-21));
        s.SamsScreen.AddNote(sam.Id, "take-notes", "Sam's note: Jordan declined", now.AddDays(-20));
        foreach (var status in new[] { InterviewStatus.Held, InterviewStatus.DecisionPending, InterviewStatus.FeedbackSent, InterviewStatus.Closed })
            s.SamsScreen.MoveTo(status, now.AddDays(-19));

        s.CaseysScreen = Screen(s.Workspace, s.Rita, new Party("Casey Candidate", "casey@mail.example"), start.AddDays(1), now);
        s.CaseysScreen.AddNote(s.Rita.Id, "take-notes", "Rita's note on Casey", now);

        s.ColleaguesPrep = new Interview(s.Workspace.Id, colleague.Id, Audience.Candidate, new Party("Olivia Outside"),
            new Party("Jordan Lee", Email, colleague.Id), "Staff engineer", "Contoso", start, start.AddMinutes(45), "Europe/Berlin", now);
        s.ColleaguesPrep.AddNote(colleague.Id, "research", "My own prep, private to me", now);

        s.OtherWorkspacesScreen = Screen(other, greg, new Party("Jordan Lee", Email), start, now);
        s.OtherWorkspacesScreen.AddNote(greg.Id, "take-notes", "Greg's note in Globex", now);
        db.AddRange(s.RitasScreen, s.SamsScreen, s.CaseysScreen, s.ColleaguesPrep, s.OtherWorkspacesScreen);

        Nudge For(Interview interview, Person person, NudgeKind kind) =>
            new(interview.WorkspaceId, interview.Id, person.Id, kind, NudgeRecipient.Recruiter, $"{interview.Id}:{kind}", 1, start.AddHours(-2), now);
        var prep = For(s.RitasScreen, s.Rita, NudgeKind.PrepReminder);
        var snoozed = For(s.RitasScreen, s.Rita, NudgeKind.CallStarting);
        snoozed.Snooze(start.AddHours(-1), "Jordan asked for more time", now);
        var sent = For(s.SamsScreen, sam, NudgeKind.FeedbackDue);
        sent.MarkSent("D-SAM", "m-feedback-jordan", now);
        s.CaseysReminder = For(s.CaseysScreen, s.Rita, NudgeKind.PrepReminder);
        db.AddRange(prep, snoozed, sent, s.CaseysReminder, For(s.ColleaguesPrep, colleague, NudgeKind.ThankYou));
        db.AddRange(new SentCard(sent.Id, s.Workspace.Id, "D-SAM", "m-feedback-jordan", now));
        s.WaitingOnJordansScreens = [prep.Id, snoozed.Id];

        await db.SaveChangesAsync();
        return s;
    }

    private static Interview Screen(Workspace workspace, Person recruiter, Party candidate, DateTime start, DateTime now) =>
        new(workspace.Id, recruiter.Id, Audience.Recruiter, new Party(recruiter.DisplayName, null, recruiter.Id), candidate,
            "Backend engineer", null, start, start.AddMinutes(30), "Europe/Berlin", now);
}
