using System.Globalization;
using InterviewBot.Core.Engine;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.FollowUp;

/// <summary>
/// A person's home view (Slack's App Home): their upcoming calls, the reminders sent to them that
/// still wait for an answer – with the very buttons of those reminder cards – the calls whose
/// follow-up is still open, and the help card's ways to start (<see cref="HelpCards.StartButtons"/>).
/// "My interviews" tapped there shows every listed call on the home instead of posting the list into the chat.
/// </summary>
public sealed class HomeDashboard(IInterviews interviews, INudges nudges, InterviewAccess access)
{
    /// <summary>Calls that ended up to this long ago are listed, so an open follow-up stays in view (as in "my interviews").</summary>
    private static readonly TimeSpan Recent = TimeSpan.FromDays(14);

    private const int MaxListed = 10;

    /// <param name="allInterviews">"My interviews" was tapped: every listed call, not only the upcoming ones.</param>
    public async Task<HomeView> BuildAsync(Workspace workspace, Person person, DateTime nowUtc, bool allInterviews, CancellationToken ct)
    {
        var listed = await interviews.ListForPersonAsync(workspace.Id, person.Id, nowUtc - Recent, MaxListed, ct);
        var waiting = new List<HomeItem>();
        var followUps = new List<HomeItem>();
        IReadOnlyList<Nudge> sent = listed.Count == 0 ? [] : await nudges.ListSentToPersonAsync(person.Id, listed.Select(i => i.Id).ToList(), ct);
        foreach (var interview in listed)
        {
            var open = sent.Where(n => n.InterviewId == interview.Id && n.DoneUtc is null && n.CardClosedUtc is null)
                .OrderBy(n => n.SentUtc).ToList();
            foreach (var nudge in open) waiting.Add(Waiting(workspace, person, interview, nudge));
            if (open.Count == 0 && IsOpenFollowUp(interview, person, nowUtc))
                followUps.Add(new HomeItem($"{ChecklistCardBuilder.Headline(interview, person)} – call {Describe.Date(interview.StartUtc, person)}, {interview.Status.Describe()}",
                    NudgeCards.FollowUpButtons(interview)));
        }

        var calls = allInterviews ? listed : listed.Where(i => i.Status == InterviewStatus.Scheduled && i.EndUtc > nowUtc).ToList();
        var callItems = calls.Select(i => new HomeItem(
            string.Create(CultureInfo.InvariantCulture, $"{Bold(ChecklistCardBuilder.Headline(i, person))} – {Describe.When(i, person, nowUtc)} ({i.Status.Describe()})"),
            [ActionButton.For("Open", Verbs.OpenInterview, false, (Verbs.KeyInterview, i.Id.ToString()))])).ToList();

        return new HomeView(
            $"{person.DisplayName}'s InterviewBot home",
            $"Times in {person.TimeZoneId}. Updated {Zones.ToLocal(nowUtc, person.TimeZoneId).ToString("ddd d MMM, HH:mm", CultureInfo.InvariantCulture)}.",
            // What waits on the person first: on a long home, the calls further down are what is left out.
            [
                new HomeSection("Waiting on you", waiting, "Nothing – you are up to date."),
                new HomeSection("Open follow-ups", followUps, "None open."),
                new HomeSection(allInterviews ? "My interviews" : "Upcoming calls", callItems,
                    allInterviews ? "No interviews in the last two weeks or ahead." : "No calls coming up. Book one with New interview."),
            ],
            HelpCards.StartButtons);
    }

    /// <summary>A reminder that went out and still waits: its title, and its card's buttons, which answer that card.</summary>
    private HomeItem Waiting(Workspace workspace, Person person, Interview interview, Nudge nudge)
    {
        var card = NudgeCards.Compose(new NudgeContext(nudge, workspace, interview, person, access.Playbook(interview, person)));
        var sent = nudge.SentUtc is { } at ? $" (sent {Describe.Date(at, person)})" : "";
        return new HomeItem($"{card.Title}{sent}", card.Buttons, nudge.Id);
    }

    /// <summary>A recruiter's call that has ended but whose follow-up (held, feedback, close) is not done.</summary>
    private static bool IsOpenFollowUp(Interview interview, Person person, DateTime nowUtc) =>
        interview.SideOf(person.Id) == Audience.Recruiter
        && interview.EndUtc <= nowUtc
        && interview.Status is InterviewStatus.Scheduled or InterviewStatus.Held or InterviewStatus.DecisionPending;
}
