using System.Globalization;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Engine;

/// <summary>Booking a phone screen (recruiter) and setting up prep for one (candidate).</summary>
public sealed class InterviewForms(IInterviews interviews, IRoleBriefs briefs, ISessions sessions, ChecklistFlow checklists, PlaybookCatalog playbooks, InterviewBooking booking,
    Mail.MailOptions mail, FollowUp.HomeRefresh homes)
{
    private const string Candidate = "candidate", CandidateEmail = "candidateEmail", Role = "role", Company = "company",
        Interviewer = "interviewer", Date = "date", StartTime = "time", Minutes = "minutes", Zone = "timeZone",
        BriefAbout = "briefAbout", BriefSalary = "briefSalary", Manager = "hiringManager", ManagerEmail = "hiringManagerEmail";

    private static readonly IReadOnlyList<Choice> Durations =
        [new("15 minutes", "15"), new("30 minutes", "30"), new("45 minutes", "45"), new("60 minutes", "60"), new("90 minutes", "90")];

    public static void ShowNewInterview(Turn turn) => turn.Show(NewInterviewForm(turn, new FormReader(null)));

    public static void ShowNewPrep(Turn turn) => turn.Show(NewPrepForm(turn, new FormReader(null)));

    public async Task CreateInterviewAsync(Turn turn, CancellationToken ct)
    {
        var form = new FormReader(turn.Submit);
        var candidate = form.Line(Candidate, "Candidate name", required: true, Party.MaxNameLength);
        var email = form.Line(CandidateEmail, "Candidate e-mail", required: false, 200);
        if (email is not null && !email.Contains('@', StringComparison.Ordinal)) form.Fail(CandidateEmail, "That e-mail address has no @ in it.");
        var role = form.Line(Role, "Role", required: true, Interview.MaxRoleLength);
        var about = form.Text(BriefAbout, "About the role", required: false, RoleBrief.MaxFieldLength);
        var salary = form.Text(BriefSalary, "Salary budget", required: false, RoleBrief.MaxFieldLength);
        var manager = form.Line(Manager, "Hiring manager", required: false, Party.MaxNameLength);
        var managerEmail = form.Line(ManagerEmail, "Hiring manager's e-mail", required: false, 200);
        if (managerEmail is not null && !managerEmail.Contains('@', StringComparison.Ordinal)) form.Fail(ManagerEmail, "That e-mail address has no @ in it.");
        if (managerEmail is not null && manager is null) form.Fail(Manager, "Give the hiring manager's name with their e-mail.");
        var when = ReadWhen(form, turn);

        if (!form.IsValid || when is null)
        {
            turn.ShowInPlace(NewInterviewForm(turn, form));
            return;
        }

        var interview = booking.Book(turn.Workspace, turn.Person,
            new BookingDetails(new Party(candidate!, email), role!, null, when.Value.StartUtc, when.Value.EndUtc, when.Value.Zone), turn.NowUtc);
        if (about is not null || salary is not null) await FillBriefAsync(turn, role!, about, salary, ct);
        if (manager is not null) interview.NameHiringManager(new HiringManager(manager, managerEmail), turn.NowUtc);

        turn.ShowInPlace(Confirmation(interview, turn.Person, $"Phone screen with {interview.Candidate.Name} booked", turn.Workspace, mail.CanSend));
        await StartAsync(turn, interview, ct);
    }

    public async Task CreatePrepAsync(Turn turn, CancellationToken ct)
    {
        var form = new FormReader(turn.Submit);
        var company = form.Line(Company, "Company", required: true, 120);
        var role = form.Line(Role, "Role", required: true, Interview.MaxRoleLength);
        var interviewer = form.Line(Interviewer, "Interviewer", required: false, Party.MaxNameLength);
        var when = ReadWhen(form, turn);

        if (!form.IsValid || when is null)
        {
            turn.ShowInPlace(NewPrepForm(turn, form));
            return;
        }

        var interview = new Interview(turn.Workspace.Id, turn.Person.Id, Audience.Candidate,
            new Party(interviewer ?? $"the {company} recruiter"), new Party(turn.Person.DisplayName, null, turn.Person.Id),
            role!, company, when.Value.StartUtc, when.Value.EndUtc, when.Value.Zone, turn.NowUtc);
        interviews.Add(interview);
        homes.Changed(interview);

        turn.ShowInPlace(Confirmation(interview, turn.Person, $"Prep for {company} set up", turn.Workspace, canEmail: false));
        await StartAsync(turn, interview, ct);
    }

    private async Task StartAsync(Turn turn, Interview interview, CancellationToken ct)
    {
        turn.Person.ActiveInterviewId = interview.Id;
        InterviewBooking.SeedQuestions(playbooks, interview, turn.Person, turn.NowUtc);
        var session = new Session(turn.Person.Id, interview.Id, "before", turn.NowUtc);
        sessions.Add(session);
        await checklists.ShowNewAsync(turn, interview, session, ct);
    }

    private async Task FillBriefAsync(Turn turn, string role, string? about, string? salary, CancellationToken ct)
    {
        var brief = await briefs.FindAsync(turn.Workspace.Id, RoleBrief.KeyOf(role), ct);
        if (brief is null)
        {
            brief = new RoleBrief(turn.Workspace.Id, role, turn.NowUtc);
            briefs.Add(brief);
        }
        if (about is not null) brief.Set("product", about, turn.NowUtc);
        if (salary is not null) brief.Set("salary", salary, turn.NowUtc);
    }

    private static (DateTime StartUtc, DateTime EndUtc, string Zone)? ReadWhen(FormReader form, Turn turn)
    {
        var date = form.Date(Date, "Date", required: true);
        var time = form.Time(StartTime, "Start time", required: true);
        var minutes = form.Number(Minutes, "Length", 5, 240, required: false) ?? 30;
        var zoneId = form.TimeZone(Zone, "Time zone");
        if (date is null || time is null || zoneId is null) return null;

        var zone = Zones.Find(zoneId);
        var local = date.Value.ToDateTime(time.Value);
        if (!Zones.TryToUtc(local, zone, out var startUtc))
        {
            form.Fail(StartTime, $"{time.Value:HH\\:mm} does not exist on {date.Value:d MMM} in {zoneId}: the clocks go forward then. Pick a time an hour later.");
            return null;
        }
        if (startUtc < turn.NowUtc.AddHours(-1))
        {
            form.Fail(Date, $"That time has already passed in {zoneId}. Check the date.");
            return null;
        }
        if (startUtc > turn.NowUtc.AddYears(1))
        {
            form.Fail(Date, "That is more than a year away. Check the year.");
            return null;
        }
        return (startUtc, startUtc.AddMinutes(minutes), zoneId);
    }

    private static FormView NewInterviewForm(Turn turn, FormReader form) => new(
        "New phone screen",
        "I'll give you a checklist for before, during and after the call.",
        form.Echo(
        [
            new FieldView(Candidate, "Candidate name", Required: true, MaxLength: Party.MaxNameLength, Placeholder: "e.g. Jordan Lee"),
            new FieldView(CandidateEmail, "Candidate e-mail (optional)", MaxLength: 200),
            new FieldView(Role, "Role", Required: true, MaxLength: Interview.MaxRoleLength, Placeholder: "e.g. Backend engineer"),
            .. WhenFields(turn),
            new FieldView(Manager, "Hiring manager (optional, asked for the decision after the call)", MaxLength: Party.MaxNameLength, Placeholder: "e.g. Sam Patel"),
            new FieldView(ManagerEmail, "Hiring manager's e-mail (optional)", MaxLength: 200),
            new FieldView(BriefAbout, "About the role (optional, starts the role brief)", FieldInputKind.MultilineText, MaxLength: RoleBrief.MaxFieldLength),
            new FieldView(BriefSalary, "Salary budget (optional)", MaxLength: RoleBrief.MaxFieldLength, Placeholder: "e.g. 85,000–95,000 EUR"),
        ]),
        ActionButton.For("Book it", Verbs.CreateInterview, primary: true),
        ActionButton.For("Cancel", Verbs.Dismiss),
        form.IsValid ? null : "Please fix the fields marked below.");

    private static FormView NewPrepForm(Turn turn, FormReader form) => new(
        "Prepare for a phone screen",
        "Tell me about the call and I'll walk you through getting ready.",
        form.Echo(
        [
            new FieldView(Company, "Company", Required: true, MaxLength: 120),
            new FieldView(Role, "Role", Required: true, MaxLength: Interview.MaxRoleLength),
            new FieldView(Interviewer, "Interviewer's name (optional)", MaxLength: Party.MaxNameLength),
            .. WhenFields(turn),
        ]),
        ActionButton.For("Start preparing", Verbs.CreatePrep, primary: true),
        ActionButton.For("Cancel", Verbs.Dismiss),
        form.IsValid ? null : "Please fix the fields marked below.");

    private static IEnumerable<FieldView> WhenFields(Turn turn) =>
    [
        new FieldView(Date, "Date", FieldInputKind.Date, Required: true),
        new FieldView(StartTime, "Start time", FieldInputKind.Time, Required: true),
        new FieldView(Minutes, "Length", FieldInputKind.Choice, Value: "30", Choices: Durations),
        ZoneField.For(Zone, ZoneField.Label, turn.Person.TimeZoneId, turn),
    ];

    /// <summary>A booking's confirmation: with the invite code and the sentence to paste into the invitation, while the code is fresh.</summary>
    /// <param name="canEmail">E-mail is set up: a booking with the candidate's address offers to e-mail them the invitation.</param>
    private static SummaryView Confirmation(Interview interview, Person viewer, string title, Workspace workspace, bool canEmail) => new(
        title + " ✓",
        null,
        [
            new Fact("With", interview.CounterpartName(viewer.Id)),
            new Fact("Role", interview.Role),
            .. interview.Company is null ? Array.Empty<Fact>() : [new Fact("Company", interview.Company)],
            new Fact("When", Describe.When(interview, viewer)),
            .. interview.HiringManager is null ? Array.Empty<Fact>() : [new Fact("Hiring manager", interview.HiringManager.Name)],
            .. interview.FreshInvite is not { } invite ? Array.Empty<Fact>() : [new Fact("Invite code", invite.Code)],
        ],
        interview.FreshInvite is { } fresh ? [new Section("To paste into the invitation", [InviteText.Sentence(fresh, workspace)])] : [],
        canEmail && interview.Candidate.Email is not null
            ? [ActionButton.For("E-mail the invitation", Mail.MailVerbs.Compose, false,
                (Verbs.KeyInterview, interview.Id.ToString()), (Mail.MailVerbs.KeyKind, Mail.MailVerbs.Invitation))]
            : []);
}

/// <summary>How times and interviews are written for a reader, in the reader's own zone.</summary>
public static class Describe
{
    /// <summary>The call with its date, for cards that stay in view: "Wed 10 Mar 2027, 14:00–14:30 (Europe/Berlin)".</summary>
    public static string When(Interview interview, Person viewer)
    {
        var start = Zones.ToLocal(interview.StartUtc, viewer.TimeZoneId);
        var end = Zones.ToLocal(interview.EndUtc, viewer.TimeZoneId);
        return string.Create(CultureInfo.InvariantCulture, $"{start:ddd d MMM yyyy, HH:mm}–{end:HH:mm} ({viewer.TimeZoneId})");
    }

    /// <summary>
    /// The call as read at <paramref name="nowUtc"/>, for messages of that moment:
    /// "tomorrow at 14:00–14:30 (Europe/Berlin)", "on Monday at …", "on Wed 24 Mar at …" (see <see cref="DayWords"/>).
    /// </summary>
    public static string When(Interview interview, Person viewer, DateTime nowUtc)
    {
        var start = Zones.ToLocal(interview.StartUtc, viewer.TimeZoneId);
        var end = Zones.ToLocal(interview.EndUtc, viewer.TimeZoneId);
        var day = DayWords.On(DateOnly.FromDateTime(start), DayWords.DateIn(nowUtc, viewer.TimeZoneId));
        return string.Create(CultureInfo.InvariantCulture, $"{day} at {start:HH:mm}–{end:HH:mm} ({viewer.TimeZoneId})");
    }

    public static string Date(DateTime utc, Person viewer) =>
        Zones.ToLocal(utc, viewer.TimeZoneId).ToString("ddd d MMM", CultureInfo.InvariantCulture);
}
