using InterviewBot.Core.Domain;
using InterviewBot.Core.Nudges;

namespace InterviewBot.Testing;

/// <summary>
/// A workspace where Rita has left traces everywhere: she booked a screen with Casey (who uses the
/// bot too), she is the candidate on a screen Sam booked, and she has stories, reminders, sessions,
/// chat addresses and sent cards; Sam named her hiring manager on his screen too. Sam and Casey have their
/// own records next to hers.
/// </summary>
public sealed class PrivacyScenario
{
    private PrivacyScenario() { }

    public Workspace Workspace { get; private set; } = null!;
    public Person Rita { get; private set; } = null!;
    public Person Sam { get; private set; } = null!;
    public Person Casey { get; private set; } = null!;

    /// <summary>Booked by Rita, with Casey as the candidate.</summary>
    public Interview RitasScreen { get; private set; } = null!;

    /// <summary>Booked by Sam, with Rita as the candidate.</summary>
    public Interview SamsScreen { get; private set; } = null!;

    /// <summary>The reminders that are waiting when Rita is forgotten: hers, and every one on her own screen.</summary>
    public IReadOnlyList<Guid> WaitingForRita { get; private set; } = [];

    public Nudge SamsReminder { get; private set; } = null!;
    public Nudge TeamDigest { get; private set; } = null!;
    public Guid CardInSamsChat { get; private set; }

    /// <summary>Texts that only Rita wrote or that only describe her.</summary>
    public static readonly string[] RitasTexts = ["Rita", "rita@", "U-RITA", "D-RITA"];

    public static async Task<PrivacyScenario> SeedAsync(TestDatabase database)
    {
        var s = new PrivacyScenario();
        var now = database.NowUtc;
        await using var db = database.NewContext();

        s.Workspace = new Workspace(Platforms.Slack, "T-ACME", now);
        s.Workspace.UseTeamChannel("C-TEAM", "Europe/Berlin");
        s.Rita = new Person(s.Workspace.Id, "U-RITA", "Rita Recruiter", now);
        s.Sam = new Person(s.Workspace.Id, "U-SAM", "Sam Sourcer", now);
        s.Casey = new Person(s.Workspace.Id, "U-CASEY", "Casey Candidate", now);
        // All three have talked to the bot, so it holds the zone their chat client reports (Chat's Europe/Berlin).
        foreach (var person in new[] { s.Rita, s.Sam, s.Casey }) person.AdoptDetectedTimeZone("Europe/Berlin");
        db.AddRange(s.Workspace, s.Rita, s.Sam, s.Casey);

        var start = now.AddDays(2);
        s.RitasScreen = new Interview(s.Workspace.Id, s.Rita.Id, Audience.Recruiter,
            new Party("Rita Recruiter", "rita@acme.example", s.Rita.Id), new Party("Casey Candidate", "casey@mail.example", s.Casey.Id),
            "Backend engineer", null, start, start.AddMinutes(30), "Europe/Berlin", now);
        s.RitasScreen.Entry(s.Rita.Id, "resume-homework").Save("Rita's draft on her screen", now);
        s.RitasScreen.AddNote(s.Rita.Id, "resume-homework", "Rita's note on her screen", now);
        s.RitasScreen.ReplaceQuestions(s.Rita.Id, ["What did Rita want to ask?"], now);
        s.RitasScreen.AddNote(s.Casey.Id, "take-notes", "Casey's note on Rita's screen", now);
        s.Casey.ActiveInterviewId = s.RitasScreen.Id;

        s.SamsScreen = new Interview(s.Workspace.Id, s.Sam.Id, Audience.Recruiter,
            new Party("Sam Sourcer", "sam@acme.example", s.Sam.Id), new Party("Rita Recruiter", "rita@home.example", s.Rita.Id),
            "Team lead", null, start.AddDays(1), start.AddDays(1).AddMinutes(45), "Europe/Berlin", now);
        s.SamsScreen.Entry(s.Rita.Id, "salary-number").Save("95,000 EUR is Rita's number", now);
        s.SamsScreen.AddNote(s.Rita.Id, "take-notes", "Rita's note on Sam's screen", now);
        s.SamsScreen.ReplaceQuestions(s.Rita.Id, ["How big is Rita's future team?"], now);
        s.SamsScreen.AddNote(s.Sam.Id, "take-notes", "Sam's note on his screen", now);
        s.SamsScreen.Entry(s.Sam.Id, "send-feedback").Keep("Sam's feedback draft", now);
        s.SamsScreen.NameHiringManager(new HiringManager("Rita Recruiter", "rita@acme.example", "U-RITA", "Europe/Berlin", s.Rita.Id), now);
        s.Sam.ActiveInterviewId = s.SamsScreen.Id;
        db.AddRange(s.RitasScreen, s.SamsScreen);

        var ritasSession = new Session(s.Rita.Id, s.SamsScreen.Id, "before", now);
        ritasSession.Await("career-story", "before", now);
        ritasSession.Continue(1, "{\"situation\":\"Rita's half-told story\"}", now);
        db.AddRange(ritasSession, new Session(s.Casey.Id, s.RitasScreen.Id, "before", now), new Session(s.Sam.Id, s.SamsScreen.Id, "after", now));

        db.AddRange(
            new Story(s.Workspace.Id, s.Rita.Id, "Rita's situation", "Rita's action", "Rita's result", s.SamsScreen.Id, now),
            new Story(s.Workspace.Id, s.Casey.Id, "Casey's situation", "Casey's action", "Casey's result", s.RitasScreen.Id, now));

        Nudge To(Interview? interview, Person? person, NudgeKind kind, NudgeRecipient recipient) =>
            new(s.Workspace.Id, interview?.Id, person?.Id, kind, recipient, $"{interview?.Id}:{person?.Id}:{kind}", 1, start.AddHours(-2), now);
        var prepForRita = To(s.RitasScreen, s.Rita, NudgeKind.PrepReminder, NudgeRecipient.Recruiter);
        var thankYouForCasey = To(s.RitasScreen, s.Casey, NudgeKind.ThankYou, NudgeRecipient.Candidate);
        thankYouForCasey.Snooze(start, "waiting on Rita", now);
        var overdueForTeam = To(s.RitasScreen, null, NudgeKind.FeedbackOverdueTeam, NudgeRecipient.TeamChannel);
        var sentToRita = To(s.RitasScreen, s.Rita, NudgeKind.CallStarting, NudgeRecipient.Recruiter);
        sentToRita.MarkSent("D-RITA", "m-nudge", now);
        var thankYouForRita = To(s.SamsScreen, s.Rita, NudgeKind.ThankYou, NudgeRecipient.Candidate);
        var doneByRita = To(s.SamsScreen, s.Rita, NudgeKind.PostMortem, NudgeRecipient.Candidate);
        doneByRita.MarkDone(now);
        s.SamsReminder = To(s.SamsScreen, s.Sam, NudgeKind.FeedbackDue, NudgeRecipient.Recruiter);
        s.TeamDigest = new Nudge(s.Workspace.Id, null, null, NudgeKind.TeamDigest, NudgeRecipient.TeamChannel, "team:TeamDigest:1", 1, start, now);
        db.AddRange(prepForRita, thankYouForCasey, overdueForTeam, sentToRita, thankYouForRita, doneByRita, s.SamsReminder, s.TeamDigest);
        s.WaitingForRita = [prepForRita.Id, thankYouForCasey.Id, overdueForTeam.Id, thankYouForRita.Id];

        db.AddRange(
            new ConversationAddress(s.Workspace.Id, s.Rita.Id, Platforms.Slack, "D-RITA", true, "{\"user\":\"U-RITA\",\"channel\":\"D-RITA\"}", now),
            new ConversationAddress(s.Workspace.Id, s.Sam.Id, Platforms.Slack, "D-SAM", true, "{\"user\":\"U-SAM\",\"channel\":\"D-SAM\"}", now),
            new ConversationAddress(s.Workspace.Id, null, Platforms.Slack, "C-TEAM", false, "{\"channel\":\"C-TEAM\"}", now));
        s.CardInSamsChat = Guid.NewGuid();
        db.AddRange(
            new SentCard(sentToRita.Id, s.Workspace.Id, "D-RITA", "m-nudge", now),
            new SentCard(Guid.NewGuid(), s.Workspace.Id, "D-RITA", "m-checklist", now),
            new SentCard(s.CardInSamsChat, s.Workspace.Id, "D-SAM", "m-sam", now));

        var brief = new RoleBrief(s.Workspace.Id, "Backend engineer", now);
        brief.Set("salary", "85,000–95,000 EUR", now);
        db.RoleBriefs.Add(brief);

        await db.SaveChangesAsync();
        return s;
    }
}
