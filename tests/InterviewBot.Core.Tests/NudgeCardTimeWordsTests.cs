using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Playbooks;
using static InterviewBot.Core.Tests.Nudges.NudgeTestKit;

namespace InterviewBot.Core.Tests;

/// <summary>
/// "Yesterday", "tomorrow", "today" and weekday names on nudge cards are true for the person who
/// reads them, in their own zone, at the moment the card is written.
/// </summary>
public class NudgeCardTimeWordsTests
{
    private static readonly TimeOnly Nine = new(9, 0), Six = new(18, 0);

    private static Person Someone(string name, string zone, string? holidays = null)
    {
        var person = Samples.Person(name, zone);
        person.ChangeWorkingTime(zone, Nine, Six, WorkingDays.MondayToFriday, holidays);
        return person;
    }

    private static Interview CandidatePrep(Person candidate, DateTime startUtc) =>
        new(Samples.Workspace.Id, candidate.Id, Audience.Candidate, new Party("Sam Rivera"), new Party(candidate.DisplayName, null, candidate.Id),
            "Data engineer", "Acme", startUtc, startUtc.AddMinutes(30), "Europe/Berlin", startUtc.AddDays(-14));

    private static Interview Screen(Person recruiter, DateTime startUtc) =>
        new(Samples.Workspace.Id, recruiter.Id, Audience.Recruiter, new Party(recruiter.DisplayName, null, recruiter.Id), new Party("Jordan Lee"),
            "Backend engineer", null, startUtc, startUtc.AddMinutes(30), "Europe/Berlin", startUtc.AddDays(-14));

    private static Nudge NudgeFor(Interview interview, Person to, NudgeKind kind, DateTime dueUtc) =>
        new(Samples.Workspace.Id, interview.Id, to.Id, kind, interview.SideOf(to.Id) == Audience.Candidate ? NudgeRecipient.Candidate : NudgeRecipient.Recruiter,
            $"{interview.Id}:{kind}", 1, dueUtc, interview.CreatedUtc);

    /// <summary>The card as written at <paramref name="nowUtc"/>, the moment it is sent.</summary>
    private static NudgeView Card(NudgeKind kind, Interview interview, Person to, DateTime nowUtc) =>
        NudgeCards.Compose(new NudgeContext(NudgeFor(interview, to, kind, nowUtc), Samples.Workspace, interview, to,
            PlaybookCatalog.Default.For(interview.SideOf(to.Id)!.Value), NowUtc: nowUtc));

    [Fact]
    public void The_reflection_read_on_Monday_after_a_Friday_call_asks_about_Friday_not_yesterday()
    {
        var zoe = Someone("Zoe", "Europe/Berlin");
        var prep = CandidatePrep(zoe, At("Europe/Berlin", "2027-03-05 14:00"));

        var card = Card(NudgeKind.PostMortem, prep, zoe, At("Europe/Berlin", "2027-03-08 09:30"));

        Assert.Equal("How did your call on Friday go?", card.Title);
    }

    [Fact]
    public void The_reflection_the_morning_after_a_Tuesday_call_says_yesterday()
    {
        var zoe = Someone("Zoe", "Europe/Berlin");
        var prep = CandidatePrep(zoe, At("Europe/Berlin", "2027-03-09 14:00"));

        Assert.Equal("How did your call yesterday go?", Card(NudgeKind.PostMortem, prep, zoe, At("Europe/Berlin", "2027-03-10 09:30")).Title);
    }

    [Fact]
    public void After_Easter_the_reflection_and_the_feedback_card_name_the_Thursday_of_the_call()
    {
        // Good Friday (26 March) and Easter Monday (29 March 2027) are days off in Germany: the next working morning is Tuesday.
        var zoe = Someone("Zoe", "Europe/Berlin", "DE");
        var rita = Someone("Rita", "Europe/Berlin", "DE");
        var thursday = At("Europe/Berlin", "2027-03-25 14:00");
        var tuesday = At("Europe/Berlin", "2027-03-30 09:30");
        var screen = Screen(rita, thursday);
        screen.PromiseFeedbackBy(new DateOnly(2027, 3, 31), thursday);

        Assert.Equal("How did your call on Thursday go?", Card(NudgeKind.PostMortem, CandidatePrep(zoe, thursday), zoe, tuesday).Title);
        var feedback = Card(NudgeKind.FeedbackDue, screen, rita, tuesday);
        Assert.StartsWith("The call was on Thursday. You promised it for tomorrow.", feedback.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Feedback_due_on_Monday_says_the_call_was_on_Friday_and_overdue_a_week_later_gives_the_date()
    {
        var rita = Someone("Rita", "Europe/Berlin");
        var screen = Screen(rita, At("Europe/Berlin", "2027-03-05 14:00"));
        screen.PromiseFeedbackBy(new DateOnly(2027, 3, 9), At("Europe/Berlin", "2027-03-05 14:30"));

        var due = Card(NudgeKind.FeedbackDue, screen, rita, At("Europe/Berlin", "2027-03-08 10:00"));
        var overdue = Card(NudgeKind.FeedbackOverdue, screen, rita, At("Europe/Berlin", "2027-03-11 10:00"));
        var late = Card(NudgeKind.FeedbackOverdue, screen, rita, At("Europe/Berlin", "2027-03-15 10:00"));

        Assert.StartsWith("The call was on Friday. You promised it for tomorrow.", due.Body, StringComparison.Ordinal);
        Assert.StartsWith("The call was on Friday and the candidate is still waiting. You promised it for Tuesday.", overdue.Body, StringComparison.Ordinal);
        Assert.StartsWith("The call was on Fri 5 Mar and the candidate is still waiting. You promised it for Tuesday.", late.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_call_at_the_same_moment_is_today_in_Tokyo_and_yesterday_in_Los_Angeles()
    {
        // Thursday 15:00 in Los Angeles is Friday 08:00 in Tokyo; the reflections go out 15 hours later.
        var call = Utc("2027-03-04 23:00");
        var now = Utc("2027-03-05 14:00");
        var tokyo = Someone("Kenji", "Asia/Tokyo");
        var losAngeles = Someone("Lena", "America/Los_Angeles");

        Assert.Equal("How did your call today go?", Card(NudgeKind.PostMortem, CandidatePrep(tokyo, call), tokyo, now).Title);
        Assert.Equal("How did your call yesterday go?", Card(NudgeKind.PostMortem, CandidatePrep(losAngeles, call), losAngeles, now).Title);
    }

    [Fact]
    public void A_call_just_after_midnight_in_Tokyo_starts_tomorrow_there_and_today_in_Los_Angeles()
    {
        // Saturday 00:05 in Tokyo is Friday 07:05 in Los Angeles; the call-starting card comes 15 minutes before.
        var call = Utc("2027-03-05 15:05");
        var now = Utc("2027-03-05 14:50");
        var tokyo = Someone("Kenji", "Asia/Tokyo");
        var losAngeles = Someone("Lena", "America/Los_Angeles");

        Assert.StartsWith("Tomorrow at 00:05–00:35 (Asia/Tokyo).", Card(NudgeKind.CallStarting, CandidatePrep(tokyo, call), tokyo, now).Body, StringComparison.Ordinal);
        Assert.StartsWith("Today at 07:05–07:35 (America/Los_Angeles).", Card(NudgeKind.CallStarting, CandidatePrep(losAngeles, call), losAngeles, now).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_prep_card_on_Friday_names_Monday_across_the_spring_clock_change()
    {
        // Berlin moves its clocks forward on Sunday 28 March 2027.
        var rita = Someone("Rita", "Europe/Berlin");
        var screen = Screen(rita, At("Europe/Berlin", "2027-03-29 09:00"));

        var card = Card(NudgeKind.PrepReminder, screen, rita, At("Europe/Berlin", "2027-03-26 09:00"));

        Assert.StartsWith("Your phone screen (Backend engineer) is on Monday at 09:00–09:30 (Europe/Berlin).", card.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_prep_card_the_day_before_says_tomorrow()
    {
        var rita = Someone("Rita", "Europe/Berlin");
        var screen = Screen(rita, At("Europe/Berlin", "2027-03-10 14:00"));

        var card = Card(NudgeKind.PrepReminder, screen, rita, At("Europe/Berlin", "2027-03-09 09:00"));

        Assert.StartsWith("Your phone screen (Backend engineer) is tomorrow at 14:00–14:30 (Europe/Berlin).", card.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thank_you_draft_offered_the_morning_after_an_evening_call_does_not_say_today()
    {
        var zoe = Someone("Zoe", "Europe/Berlin");
        var prep = CandidatePrep(zoe, At("Europe/Berlin", "2027-03-09 18:30"));

        var card = Card(NudgeKind.ThankYou, prep, zoe, At("Europe/Berlin", "2027-03-10 09:00"));

        Assert.NotNull(card.Draft);
        Assert.DoesNotContain("today", card.Draft, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_card_updated_in_place_later_keeps_the_words_it_was_sent_with()
    {
        var zoe = Someone("Zoe", "Europe/Berlin");
        var prep = CandidatePrep(zoe, At("Europe/Berlin", "2027-03-09 14:00"));
        var nudge = NudgeFor(prep, zoe, NudgeKind.PostMortem, At("Europe/Berlin", "2027-03-10 09:30"));
        nudge.MarkSent("D-zoe", "m-1", nudge.DueUtc);

        // Tapped two days later: the chat still shows the card at Wednesday morning, so it still says "yesterday".
        var updated = NudgeCards.Compose(new NudgeContext(nudge, Samples.Workspace, prep, zoe, PlaybookCatalog.Default.Candidate), "Done ✓");

        Assert.Equal("How did your call yesterday go?", updated.Title);
    }

    [Fact]
    public async Task The_team_alert_says_the_call_was_held_on_Friday_in_the_team_zone()
    {
        var rita = Someone("Rita", "Europe/Berlin");
        var screen = Screen(rita, At("Europe/Berlin", "2027-03-05 14:00"));
        var names = await ChannelNames.ForAsync(Samples.Workspace, new NoPeople(), default);

        var alert = NudgeCards.TeamOverdue(names, screen, "Rita", 1, "Europe/Berlin", At("Europe/Berlin", "2027-03-11 09:00"));

        Assert.Equal("Rita still owes feedback for a phone screen for the Backend engineer role held on Friday – 1 working day past the deadline.", alert.Body);
    }

    /// <summary>A workspace with nobody else in it (names are off, so it is not even asked).</summary>
    private sealed class NoPeople : Ports.IPeople
    {
        public Task<Person?> FindAsync(Guid workspaceId, string platformUserId, CancellationToken cancellationToken = default) => Task.FromResult<Person?>(null);
        public Task<Person?> GetAsync(Guid workspaceId, Guid personId, CancellationToken cancellationToken = default) => Task.FromResult<Person?>(null);
        public Task<IReadOnlyList<string>> ListNamesAsync(Guid workspaceId, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<string>>([]);
        public Task<IReadOnlyList<Person>> FindByNameAsync(Guid workspaceId, string name, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<Person>>([]);
        public void Add(Person person) { }
        public Task<Person> FindOrAddAsync(Person newPerson, CancellationToken cancellationToken = default) => Task.FromResult(newPerson);
    }
}
