using System.Globalization;
using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Nudges;

namespace InterviewBot.Core.Engine;

/// <summary>The person's time zone and working time, which decide when reminders may reach them.</summary>
public static class SettingsFlow
{
    private const string Zone = "timeZone", Start = "workdayStart", End = "workdayEnd", Days = "workingDays", Country = "holidayCountry", Reminders = "reminders";

    private static readonly IReadOnlyList<Choice> ReminderChoices =
        NudgeNames.Personal.Select(k => new Choice(Capitalize(NudgeNames.Of(k)), k.ToString())).ToList();

    private static readonly IReadOnlyList<Choice> DayChoices = Enum.GetValues<DayOfWeek>()
        .OrderBy(d => ((int)d + 6) % 7)
        .Select(d => new Choice(d.ToString(), d.ToString()))
        .ToList();

    public static void Show(Turn turn) => turn.Show(Form(turn, new FormReader(null), null));

    public static void Save(Turn turn)
    {
        var form = new FormReader(turn.Submit);
        var zone = form.TimeZone(Zone, "Time zone");
        var start = form.Time(Start, "Working day starts", required: true);
        var end = form.Time(End, "Working day ends", required: true);
        var days = ParseDays(form.Raw(Days));
        if (days == WorkingDays.None) form.Fail(Days, "Pick at least one working day.");
        var country = form.Line(Country, "Holiday country", required: false, 2);
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetter)))
            form.Fail(Country, "Use a two-letter country code such as DE, GB or US, or leave it empty.");
        if (start is not null && end is not null && end <= start) form.Fail(End, "The working day must end after it starts.");
        // A country the calendar lacks is fine once the team added its days off in a team channel.
        if (country is not null && form.IsValid && !HolidayCalendar.IsSupported(country) && turn.Workspace.HolidaysOf(country).Count == 0)
            form.Fail(Country, $"I don't have public holidays for \"{country.ToUpperInvariant()}\". Supported: {string.Join(", ", HolidayCalendar.SupportedCountries)}. " +
                $"A team channel can add its days off: \"holiday add <date> {country.ToUpperInvariant()} <name>\".");

        if (!form.IsValid)
        {
            turn.ShowInPlace(Form(turn, form, "Please fix the fields marked below."));
            return;
        }
        turn.Person.ChangeWorkingTime(zone!, start!.Value, end!.Value, days, country);
        // A submit without the reminders box (an older card) leaves the reminders as they were.
        if (turn.Submit?.Values.ContainsKey(Reminders) == true) turn.Person.TurnOffNudges(TurnedOff(form.Raw(Reminders)));
        turn.ShowInPlace(new SummaryView("Settings saved ✓", null, Facts(turn.Person), [],
            [ActionButton.For("Change again", Verbs.ShowSettings)]));
    }

    private static FormView Form(Turn turn, FormReader form, string? error) => Form(turn.Person, ZoneField.For(Zone, ZoneField.Label, turn.Person.TimeZoneId, turn), form, error);

    private static FormView Form(Person person, FieldView zone, FormReader form, string? error) => new(
        "Your settings",
        "I only nudge you inside your working hours, in your own time zone.",
        form.Echo(
        [
            zone,
            new FieldView(Start, "Working day starts", FieldInputKind.Time, person.WorkdayStart.ToString("HH:mm", CultureInfo.InvariantCulture), Required: true),
            new FieldView(End, "Working day ends", FieldInputKind.Time, person.WorkdayEnd.ToString("HH:mm", CultureInfo.InvariantCulture), Required: true),
            new FieldView(Days, "Working days", FieldInputKind.MultiChoice, FormatDays(person.WorkingDays), Choices: DayChoices),
            new FieldView(Country, "Public holidays of (country code, optional)", Value: person.HolidayCountry, MaxLength: 2, Placeholder: "e.g. DE"),
            new FieldView(Reminders, "Remind me about", FieldInputKind.Checkboxes,
                string.Join(',', NudgeNames.Personal.Where(k => !person.TurnedOffNudges.Contains(k))), Choices: ReminderChoices),
        ]),
        ActionButton.For("Save", Verbs.SaveSettings, primary: true),
        ActionButton.For("Cancel", Verbs.Dismiss),
        error);

    private static List<Fact> Facts(Person person) =>
    [
        new("Time zone", person.TimeZoneId),
        new("Working hours", string.Create(CultureInfo.InvariantCulture, $"{person.WorkdayStart:HH\\:mm}–{person.WorkdayEnd:HH\\:mm}")),
        new("Working days", FormatDays(person.WorkingDays).Replace(",", ", ", StringComparison.Ordinal)),
        new("Holidays", person.HolidayCountry ?? "none"),
        new("Reminders off", person.TurnedOffNudges.Kinds.Count == 0 ? "none" : string.Join(", ", person.TurnedOffNudges.Kinds.Order().Select(NudgeNames.Of))),
    ];

    /// <summary>The reminders box lists what is on; everything personal that is not ticked is off.</summary>
    private static NudgeKindSet TurnedOff(string? ticked)
    {
        var on = NudgeKindSet.Parse(ticked);
        return NudgeKindSet.Of(NudgeNames.Personal.Where(k => !on.Contains(k)));
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string FormatDays(WorkingDays days) =>
        string.Join(',', DayChoices.Select(c => Enum.Parse<DayOfWeek>(c.Value)).Where(d => days.Includes(d)));

    private static WorkingDays ParseDays(string? value)
    {
        var days = WorkingDays.None;
        foreach (var part in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<DayOfWeek>(part, ignoreCase: true, out var day)) days |= day.ToFlag();
        }
        return days;
    }
}
