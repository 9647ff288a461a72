using System.Globalization;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Engine;

/// <summary>"My interviews": the person's upcoming and recent calls, each one a tap away.</summary>
public sealed class InterviewList(IInterviews interviews, INudges nudges, ChecklistFlow checklists)
{
    /// <summary>Calls that ended up to this long ago still show, so the follow-up is one tap away.</summary>
    private static readonly TimeSpan Recent = TimeSpan.FromDays(14);

    private const int MaxShown = 10;

    public async Task ShowAsync(Turn turn, CancellationToken ct)
    {
        var list = await LoadAsync(turn, ct);
        if (list.Count == 0)
        {
            turn.Show(new SummaryView("No interviews yet", "Book a phone screen or set up prep for one.", [], [],
            [
                ActionButton.For("New interview", Verbs.NewInterview, primary: true),
                ActionButton.For("Prepare for a call", Verbs.NewPrep),
            ]));
            return;
        }

        var lines = list.Select((i, n) => string.Create(CultureInfo.InvariantCulture,
            $"{Bold($"{n + 1}.")} {Describe.Date(i.StartUtc, turn.Person)} {Zones.ToLocal(i.StartUtc, turn.Person.TimeZoneId):HH:mm} – {ChecklistCardBuilder.Headline(i, turn.Person)} ({i.Status.Describe()})")).ToList();
        var buttons = list.Select((i, n) => ActionButton.For($"Open {n + 1}", Verbs.OpenInterview, false, (Verbs.KeyInterview, i.Id.ToString()))).ToList();
        var sections = new List<Section> { new("Upcoming and recent", lines) };
        var missed = await MissedAsync(turn, list, ct);
        if (missed.Count > 0) sections.Add(new Section("Reminders that could not go out in time", missed));
        turn.Show(new SummaryView("My interviews", $"Times in {turn.Person.TimeZoneId}. Type {Italic("open 2")} or tap a button.", [],
            sections, buttons));
    }

    /// <summary>
    /// The person's expired reminders for the listed calls: their time passed while the bot could not
    /// send them and they were no longer of use (docs/nudges.md). Said here so that none goes missing silently.
    /// </summary>
    private async Task<List<string>> MissedAsync(Turn turn, IReadOnlyList<Interview> list, CancellationToken ct)
    {
        var lines = new List<string>();
        foreach (var interview in list)
        {
            foreach (var nudge in (await nudges.ListForInterviewAsync(interview.Id, ct)).Where(n => n.State == NudgeState.Expired && n.PersonId == turn.Person.Id))
            {
                var meant = Zones.ToLocal(nudge.DueUtc, turn.Person.TimeZoneId).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
                lines.Add($"\"{FollowUp.NudgeNames.Of(nudge.Kind)}\" for {ChecklistCardBuilder.Headline(interview, turn.Person)} – meant for {meant}");
            }
        }
        return lines;
    }

    public async Task OpenByNumberAsync(Turn turn, string argument, CancellationToken ct)
    {
        var list = await LoadAsync(turn, ct);
        if (!int.TryParse(argument, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < 1 || number > list.Count)
        {
            turn.Say(list.Count switch
            {
                0 => $"You have no interviews to open yet. Type {Italic("new interview")} or {Italic("prep")} to start one.",
                // "from 1 to 1" is no choice: name the one there is.
                1 => $"You have one interview: {ChecklistCardBuilder.Headline(list[0], turn.Person)}. Type {Italic("open 1")} to open it.",
                _ => $"Pick a number from 1 to {list.Count}, as shown by {Italic("my interviews")}.",
            });
            return;
        }
        await checklists.OpenAsync(turn, list[number - 1], ct);
    }

    private Task<IReadOnlyList<Interview>> LoadAsync(Turn turn, CancellationToken ct) =>
        interviews.ListForPersonAsync(turn.Workspace.Id, turn.Person.Id, turn.NowUtc - Recent, MaxShown, ct);
}
