using InterviewBot.Core.Calendar;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Nudges;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards.Tests;

/// <summary>Every kind of card the bot sends, by name: the engine's real cards first, then hand-made edge cases.</summary>
internal static class CardCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<string, CardView>> Cards = new(Build);

    public static IEnumerable<object[]> Names => Cards.Value.Keys.Select(k => new object[] { k });

    public static CardView Get(string name) => Cards.Value[name];

    private static Dictionary<string, CardView> Build()
    {
        var cards = new Dictionary<string, CardView>(StringComparer.Ordinal);
        foreach (var (label, samples) in new[] { ("fresh", new Samples()), ("worked", new Samples().WithProgress()) })
        {
            foreach (var playbook in Samples.Playbooks.All)
            foreach (var phase in playbook.Phases)
            foreach (var withBrief in new[] { false, true })
            {
                var name = $"checklist/{playbook.Id}/{phase.Id}/{label}/{(withBrief ? "brief" : "no-brief")}";
                cards[name] = samples.Checklist(playbook.Audience, phase.Id, withBrief, withBrief ? "Note saved ✓" : null);
            }
        }

        var s = new Samples();
        cards["help/welcome"] = HelpCards.Welcome(s.Recruiter);
        cards["help/help"] = HelpCards.Help(s.Candidate);
        cards["help/not-understood"] = HelpCards.NotUnderstood("what's <this> & that?");
        cards["help/dismissed"] = HelpCards.Dismissed();
        cards["form/new-interview"] = s.CardFromTurn(s.Recruiter, InterviewForms.ShowNewInterview);
        cards["form/new-prep"] = s.CardFromTurn(s.Candidate, InterviewForms.ShowNewPrep);
        cards["form/settings"] = s.CardFromTurn(s.Recruiter, SettingsFlow.Show);
        cards["form/settings-with-errors"] = s.SettingsWithErrors();
        cards["summary/settings-saved"] = s.SettingsSubmitted(s.Candidate,
            ("timeZone", "Asia/Kolkata"), ("workdayStart", "10:00"), ("workdayEnd", "18:30"), ("workingDays", "Sunday,Monday,Tuesday,Wednesday,Thursday"));
        cards["form/every-kind-with-errors"] = EveryKindOfField();
        cards["form/hand-over"] = HandOverFlow.Form(s.RecruiterInterview, s.Recruiter, "@Bea", "I don't know anyone called @Bea in this workspace, so nothing changed.");
        cards["summary/taken-over"] = HandOverFlow.TakenOver([s.RecruiterInterview], s.Recruiter, s.Candidate, s.Recruiter);
        cards["summary/ten-interviews"] = InterviewList();
        cards["summary/with-links"] = new SummaryView("Phone screen with Jordan Lee booked ✓", null,
            [new Fact("When", "Wed 4 Mar 2026, 14:30–15:00 (Europe/Berlin)")], [],
            [ActionButton.For("Open checklist", Verbs.ShowPhase, true, (Verbs.KeyPhase, "before"))],
            [new LinkButton("Add to calendar", "https://calendar.example.com/add?title=Phone%20screen%20%26%20chat&start=20260304T133000Z")]);
        cards["nudge/feedback"] = Samples.FeedbackNudge();
        foreach (var kind in new[] { NudgeKind.KeepInTheLoop, NudgeKind.PromisedNewsDue, NudgeKind.CloseOrExtend })
            cards[$"nudge/{kind}"] = s.Nudge(kind);
        foreach (var (name, view) in CalendarAsks(s)) cards[name] = view;
        cards["nudge/no-draft"] = new NudgeView("Your call with Sam starts in 30 minutes", "Close chat and e-mail, and have your questions at hand.", null,
            [ActionButton.For("Open checklist", Verbs.ShowPhase, true, (Verbs.KeyPhase, "during"))]);
        return cards;
    }

    /// <summary>The card that asks about a phone screen found in a calendar: plain, with an error, near a booked call, answered.</summary>
    private static IEnumerable<(string, CardView)> CalendarAsks(Samples s)
    {
        var feed = new CalendarFeed(s.Workspace.Id, s.Recruiter.Id, "sealed address", Samples.Now);
        var start = Samples.Now.AddDays(3).AddHours(5);
        CalendarEvent Found(string title, string candidate) =>
            new(feed, new FeedEvent("uid-1", "uid-1", title, start, start.AddMinutes(30), "Europe/Berlin", false, ["Jordan Lee", "Riley Recruiter"]), candidate, Samples.Now);
        var found = Found("Phone screen – Jordan Lee", "Jordan Lee");
        yield return ("calendar/ask", CalendarCards.Ask(found, "Europe/Berlin", null));
        yield return ("calendar/ask-with-error", CalendarCards.Ask(Found("Screening call", ""), "Europe/Berlin", null, error: "Fill in the candidate and the role, then tap Track."));
        yield return ("calendar/near-a-booked-call", CalendarCards.Ask(found, "Europe/Berlin", s.RecruiterInterview));
        yield return ("calendar/tracked", CalendarCards.Ask(found, "Europe/Berlin", null, status: "Tracked ✓ – your phone screen with Jordan Lee."));
    }

    /// <summary>One field of every input kind, each carrying an error, some required.</summary>
    public static FormView EveryKindOfField() => new(
        "Every kind of field",
        "Each field below has an error the user must see.",
        [
            new FieldView("text", "Name", FieldInputKind.Text, "Jo", "e.g. Jordan", Required: true, MaxLength: 120, Error: "Name is too short."),
            new FieldView("multi", "Notes", FieldInputKind.MultilineText, "line one\nline two", Error: "Notes can be up to 10 characters."),
            new FieldView("date", "Date", FieldInputKind.Date, "2026-02-30", Required: true, Error: "\"2026-02-30\" is not a date."),
            new FieldView("time", "Start", FieldInputKind.Time, "25:00", Error: "\"25:00\" is not a time."),
            new FieldView("number", "Minutes", FieldInputKind.Number, "ninety", Error: "Minutes must be a whole number from 5 to 240."),
            new FieldView("number2", "Minutes again", FieldInputKind.Number, "45"),
            new FieldView("choice", "Length", FieldInputKind.Choice, "30", "Pick one", Choices: [new Choice("30 minutes", "30"), new Choice("60 minutes", "60")], Error: "Pick a length."),
            new FieldView("days", "Days", FieldInputKind.MultiChoice, "Monday,Friday", Required: true,
                Choices: [new Choice("Monday", "Monday"), new Choice("Friday", "Friday")], Error: "Pick at least one working day."),
        ],
        ActionButton.For("Save", Verbs.SaveSettings, primary: true),
        ActionButton.For("Cancel", Verbs.Dismiss),
        "Please fix the fields marked below.");

    /// <summary>Like "my interviews" with ten calls: ten buttons, more than Teams shows in one row.</summary>
    public static SummaryView InterviewList() => new(
        "My interviews",
        $"Times in Europe/Berlin. Type {Markup.Italic("open 2")} or tap a button.",
        [],
        [new Section("Upcoming and recent", Enumerable.Range(1, 10).Select(n => $"{Markup.Bold($"{n}.")} Wed 4 Mar 14:30 – Candidate {n} – Backend engineer (scheduled)").ToList())],
        Enumerable.Range(1, 10).Select(n => ActionButton.For($"Open {n}", Verbs.OpenInterview, false, (Verbs.KeyInterview, $"00000000-0000-4000-8000-{n:D12}"))).ToList());
}
