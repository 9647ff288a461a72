using InterviewBot.Core.Conversations;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Engine;
using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Nudges;
using InterviewBot.Core.Playbooks;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards.Tests;

/// <summary>
/// One recruiter and one candidate with an interview each, at fixed UTC times, plus helpers that
/// get the engine's real cards. Names carry apostrophes, ampersands and accents on purpose: they
/// end up in links and JSON strings.
/// </summary>
internal sealed class Samples
{
    public static readonly DateTime Now = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);
    public static readonly Guid CardId = new("0c4d5e6f-1a2b-4c3d-8e9f-a0b1c2d3e4f5");

    /// <summary>Stands in for the interview id in golden files: the domain draws a new one per run.</summary>
    public const string FixedInterviewId = "11111111-2222-4333-8444-555555555555";

    private static readonly DateTime CallStart = new(2026, 3, 4, 13, 30, 0, DateTimeKind.Utc);

    public Samples()
    {
        Workspace = new Workspace(Platforms.Teams, "tenant-1", Now);
        Recruiter = new Person(Workspace.Id, "29:recruiter", "Riley Recruiter", Now);
        Recruiter.ChangeWorkingTime("Europe/Berlin", new TimeOnly(9, 0), new TimeOnly(17, 30), WorkingDays.MondayToFriday, "DE");
        Candidate = new Person(Workspace.Id, "29:candidate", "Zoë O'Brien", Now);
        Candidate.ChangeWorkingTime("America/New_York", new TimeOnly(8, 0), new TimeOnly(16, 0), WorkingDays.MondayToFriday, null);

        RecruiterInterview = new Interview(Workspace.Id, Recruiter.Id, Audience.Recruiter,
            new Party(Recruiter.DisplayName, null, Recruiter.Id), new Party("Jordan Lee", "jordan@example.com"),
            "Backend engineer", null, CallStart, CallStart.AddMinutes(30), "Europe/Berlin", Now);
        CandidateInterview = new Interview(Workspace.Id, Candidate.Id, Audience.Candidate,
            new Party("Sam D'Souza"), new Party(Candidate.DisplayName, null, Candidate.Id),
            "Data analyst", "Møller & Søn", CallStart, CallStart.AddMinutes(45), "America/New_York", Now);

        Brief = new RoleBrief(Workspace.Id, "Backend engineer", Now);
        Brief.Set("product", "Payments platform for 2,000 small shops across Europe.", Now);
        Brief.Set("routine", "Code reviews, pairing on the payment client, one on-call week a month.", Now);
        Brief.Set("salary", "85,000–95,000 EUR gross a year", Now);
        Brief.Set("remote", "Two office days a week in Berlin", Now);
    }

    public Workspace Workspace { get; }
    public Person Recruiter { get; }
    public Person Candidate { get; }
    public Interview RecruiterInterview { get; }
    public Interview CandidateInterview { get; }
    public RoleBrief Brief { get; }

    public static PlaybookCatalog Playbooks => PlaybookCatalog.Default;

    /// <summary>Work done through the domain's own methods: notes, questions, ticks, a promised date.</summary>
    public Samples WithProgress()
    {
        var r = Recruiter.Id;
        RecruiterInterview.AddNote(r, "resume-homework", "Led the payments rewrite 2019–2021 – ask about team size.\nGap in 2022: ask.", Now);
        RecruiterInterview.AddNote(r, "take-notes", "Talked about <retries> & idempotency keys; strong on \"exactly once\" myths.", Now);
        RecruiterInterview.Entry(r, "resume-homework").Mark(true, Now);
        RecruiterInterview.Entry(r, "listen-actively").Mark(true, Now);
        RecruiterInterview.ReplaceQuestions(r,
            ["Tell me about the hardest bug you chased last year -> depth of debugging", "What would you change in your last team?"], Now);
        RecruiterInterview.Entry(r, "open-questions").Mark(true, Now);
        RecruiterInterview.PromiseFeedbackBy(new DateOnly(2026, 3, 6), Now);
        RecruiterInterview.Entry(r, "send-feedback").Keep("Hi Jordan,\n\nThanks for the call – edited by hand.", Now);
        RecruiterInterview.MoveTo(InterviewStatus.Held, Now);

        var c = Candidate.Id;
        CandidateInterview.Entry(c, "career-story").Save("situation: checkout errors\naction: rewrote the client\nresult: 4% → 0.5%", Now);
        CandidateInterview.Entry(c, "salary-number").Save("92,000 EUR", Now);
        CandidateInterview.ReplaceQuestions(c, ["What does a normal week look like?", "Is there a test task? -> format"], Now);
        CandidateInterview.AddNote(c, "take-notes", "Spoke with Sam and the team lead about the dashboards 📊.", Now);
        CandidateInterview.Entry(c, "no-multitasking").Mark(true, Now);
        return this;
    }

    public ChecklistView Checklist(Audience side, string phaseId, bool withBrief, string? notice = null)
    {
        var playbook = Playbooks.For(side);
        var (interview, viewer) = side == Audience.Recruiter ? (RecruiterInterview, Recruiter) : (CandidateInterview, Candidate);
        return ChecklistCardBuilder.Build(interview, viewer, playbook, playbook.FindPhase(phaseId)!, withBrief ? Brief : null, notice);
    }

    /// <summary>Runs <paramref name="act"/> as one turn of <paramref name="person"/> and returns the card it showed.</summary>
    public CardView CardFromTurn(Person person, Action<Turn> act, CardSubmit? submit = null)
    {
        var message = new InboundMessage(new WorkspaceKey(Platforms.Teams, "tenant-1"),
            new ChatUser(person.PlatformUserId, person.DisplayName), "conversation-1", ConversationKind.Personal, submit is null ? "hi" : null, submit);
        var turn = new Turn(Workspace, person, message, Now);
        act(turn);
        return turn.Result().Replies.Select(r => r.Card).OfType<CardView>().Single();
    }

    public CardView SettingsSubmitted(Person person, params (string Key, string Value)[] values) =>
        CardFromTurn(person, SettingsFlow.Save, new CardSubmit(Verbs.SaveSettings, CardId, values.ToDictionary(v => v.Key, v => v.Value)));

    /// <summary>The settings form as it comes back when the person got three things wrong.</summary>
    public CardView SettingsWithErrors() => SettingsSubmitted(Recruiter,
        ("timeZone", "Mars/Olympus"), ("workdayStart", "18:00"), ("workdayEnd", "09:00"), ("workingDays", "Monday,Friday"), ("holidayCountry", "Germany"));

    /// <summary>The engine's own card for a nudge of <paramref name="kind"/> to the recruiter, as it goes out now.</summary>
    public CardView Nudge(NudgeKind kind)
    {
        var nudge = new Nudge(Workspace.Id, RecruiterInterview.Id, Recruiter.Id, kind, NudgeRecipient.Recruiter, $"sample:{kind}", 1, Now, Now);
        return NudgeCards.Compose(new NudgeContext(nudge, Workspace, RecruiterInterview, Recruiter, Playbooks.For(Audience.Recruiter), NowUtc: Now));
    }

    public static NudgeView FeedbackNudge() => new(
        "Feedback for Jordan Lee is due today",
        $"You promised Jordan feedback by {Markup.Bold("Fri 6 Mar")}. A short honest answer beats silence.",
        "Hi Jordan,\n\nThank you for the call about the Backend engineer role.\nWhat stood out: your debugging story.\n\nBest regards,\nRiley",
        [
            ActionButton.For("Mark as sent", Verbs.ToggleStep, true, (Verbs.KeyInterview, FixedInterviewId), (Verbs.KeyStep, "send-feedback")),
            ActionButton.For("Remind me tomorrow", "nudge.snooze", false, (Verbs.KeyInterview, FixedInterviewId), ("days", "1")),
            ActionButton.For("Open checklist", Verbs.ShowPhase, false, (Verbs.KeyInterview, FixedInterviewId), (Verbs.KeyPhase, "after")),
        ],
        [new Fact("Candidate", "Jordan Lee"), new Fact("Call", "Wed 4 Mar 2026, 14:30–15:00 (Europe/Berlin)")],
        "Second reminder – the first one was on Thu 5 Mar.");
}
