using InterviewBot.Core.Conversations;
using InterviewBot.Core.FollowUp;
using Microsoft.EntityFrameworkCore;
using Moq;

namespace InterviewBot.Core.Tests.Flows;

/// <summary>
/// Hand over, with the real engine on SQLite and PostgreSQL: a recruiter in Berlin gives her open calls
/// to a colleague in New York ("hand over to @Bea", the card's Hand over button, a privacy admin's
/// "hand over @Rita to @Bea"); the colleague becomes the recruiter, the waiting reminders move to her
/// and into her working hours, both are told, and the refusals say why and change nothing.
/// </summary>
public abstract class HandOverFlowTests : IAsyncLifetime
{
    private static readonly ChatMention AtBea = new("U-BEA", "@Bea Stone");
    private static readonly ChatMention AtRita = new("U-RITA", "@Rita Recruiter");

    private readonly TestDatabase _database;
    private readonly Chat _rita;
    private readonly Chat _bea;
    private readonly Chat _sam;
    private readonly Chat _ada;

    protected HandOverFlowTests(TestDatabaseKind kind)
    {
        _database = new TestDatabase(kind, privacyAdmins: ["U-ADA"]);
        _rita = new Chat(_database, "T-ACME", "U-RITA", "Rita Recruiter", "Europe/Berlin");
        _bea = new Chat(_database, "T-ACME", "U-BEA", "Bea Stone", "America/New_York");
        _sam = new Chat(_database, "T-ACME", "U-SAM", "Sam Sourcer");
        _ada = new Chat(_database, "T-ACME", "U-ADA", "Ada Admin");
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseTheory]
    [InlineData("hand over to @Bea", CommandKind.HandOver, "to @Bea")]
    [InlineData("Handover @Rita Recruiter to @Bea Stone", CommandKind.HandOver, "@Rita Recruiter to @Bea Stone")]
    [InlineData("/hand over", CommandKind.HandOver, "")]
    public void Hand_over_is_read_with_the_names_as_typed(string typed, CommandKind kind, string argument)
    {
        var command = CommandParser.Parse(typed);
        Assert.Equal(kind, command?.Kind);
        Assert.Equal(argument, command?.Argument);
    }

    [DatabaseFact]
    public async Task Hand_over_to_a_mention_makes_her_the_recruiter_and_moves_the_waiting_reminders_into_her_working_hours()
    {
        var interviewId = await BookAsync(_rita);
        await _bea.OpenChatAsync();
        var ritasBefore = await WaitingAsync(interviewId);
        Assert.NotEmpty(ritasBefore);

        var result = await _rita.SayAsync("hand over to @Bea Stone", AtBea);

        var bea = await PersonAsync("U-BEA");
        var told = Assert.Single(result.Replies, r => r.ToPerson is null);
        Assert.Equal("Done – Bea Stone now runs the call with Jordan Lee, and its reminders go to them in their working hours. You no longer get any.", told.Text);
        var card = Assert.IsType<SummaryView>(Assert.Single(result.Replies, r => r.ToPerson == bea.Id).Card);
        Assert.Equal("You took over the call with Jordan Lee", card.Title);
        Assert.Contains("(America/New_York)", Assert.Single(card.Sections[0].Lines), StringComparison.Ordinal);
        Assert.Contains("Rita Recruiter handed it to you", card.Subtitle, StringComparison.Ordinal);

        await using var db = _database.NewContext();
        var interview = await db.Interviews.SingleAsync(i => i.Id == interviewId);
        Assert.Equal(new Party("Bea Stone", null, bea.Id), interview.Recruiter);
        Assert.Equal(bea.Id, interview.OwnerId);
        var waiting = await WaitingAsync(interviewId);
        Assert.Equal(ritasBefore.Select(n => n.Key).Order(), waiting.Select(n => n.Key).Order());
        Assert.All(waiting, n => Assert.Equal(bea.Id, n.PersonId));
        // Her prep reminder: the working day before the call, at the start of *her* day (09:00 in New York).
        var prep = Assert.Single(waiting, n => n.Kind == NudgeKind.PrepReminder);
        Assert.Equal(new DateTime(2027, 3, 1, 14, 0, 0, DateTimeKind.Utc), prep.DueUtc);
        Assert.All(waiting.Where(n => n.Kind.KeepsToWorkingHours()), n =>
        {
            var local = Zones.ToLocal(n.DueUtc, "America/New_York");
            Assert.InRange(local.TimeOfDay, TimeSpan.FromHours(9), TimeSpan.FromHours(18));
        });
        _database.Scheduler.Verify(s => s.ScheduleAsync(prep.Id, prep.DueUtc, It.IsAny<CancellationToken>()), Times.Once);
    }

    [DatabaseFact]
    public async Task The_old_owner_keeps_no_access_and_the_new_one_carries_on_with_her_notes()
    {
        var interviewId = await BookAsync(_rita);
        await _rita.SayAsync("note Strong on distributed systems");
        await _bea.SayAsync("hi");
        await _rita.SayAsync("hand over to Bea", AtBea);

        var refused = Assert.Single((await _rita.TapAsync(Verbs.OpenInterview, null, (Verbs.KeyInterview, interviewId.ToString()))).Replies);
        Assert.Equal("That card belongs to an interview you are not part of, so I left it unchanged.", refused.Text);
        Assert.Contains("You have no interviews", (await _rita.SayAsync("open 1")).Replies[0].Text, StringComparison.Ordinal);

        await _bea.TapAsync(Verbs.OpenInterview, null, (Verbs.KeyInterview, interviewId.ToString()));
        var export = string.Concat((await _bea.SayAsync("export my data")).Replies.Select(r => r.Text));
        Assert.Contains("Strong on distributed systems", export, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task When_the_new_owner_never_opened_a_chat_the_one_handing_over_is_told_what_to_do()
    {
        await BookAsync(_rita);
        await _bea.SayAsync("hi"); // she is known, but the bot has no 1:1 chat of hers to write to

        var result = await _rita.SayAsync("hand over to @Bea Stone", AtBea);

        var told = Assert.Single(result.Replies);
        Assert.Null(told.ToPerson);
        Assert.Contains("I can't message Bea Stone yet: they have never opened a chat with me. Ask them to write hi to me", Markup.Plain(told.Text!), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_privacy_admin_hands_over_someone_elses_interviews_and_both_recruiters_are_told()
    {
        var first = await BookAsync(_rita);
        var second = await BookAsync(_rita, ("candidate", "Kim Park"), ("date", "2027-03-04"));
        await _bea.OpenChatAsync();
        await _rita.OpenChatAsync();

        var result = await _ada.SayAsync("hand over @Rita Recruiter to @Bea Stone", AtRita, AtBea);

        var bea = await PersonAsync("U-BEA");
        var rita = await PersonAsync("U-RITA");
        Assert.Equal("Done – Bea Stone now runs Rita Recruiter's 2 interviews, and its reminders go to them in their working hours.",
            Assert.Single(result.Replies, r => r.ToPerson is null).Text);
        var card = Assert.IsType<SummaryView>(Assert.Single(result.Replies, r => r.ToPerson == bea.Id).Card);
        Assert.Equal("You took over 2 interviews", card.Title);
        Assert.StartsWith("Ada Admin, for Rita Recruiter, handed them to you.", card.Subtitle, StringComparison.Ordinal);
        Assert.Equal("Ada Admin handed your 2 interviews over to Bea Stone. You no longer get their reminders.",
            Assert.Single(result.Replies, r => r.ToPerson == rita.Id).Text);
        await using var db = _database.NewContext();
        Assert.Equal(2, await db.Interviews.CountAsync(i => (i.Id == first || i.Id == second) && i.Recruiter.PersonId == bea.Id));
    }

    [DatabaseFact]
    public async Task The_cards_hand_over_button_hands_over_that_one_call()
    {
        await BookAsync(_rita, ("candidate", "Kim Park"));
        var interviewId = await BookAsync(_rita); // the current one: "before" shows its card
        await _bea.OpenChatAsync();
        var before = Assert.IsType<ChecklistView>(Assert.Single((await _rita.SayAsync("before")).Replies).Card);
        var button = Assert.Single(before.Buttons, b => b.Label == "Hand over");

        var form = Assert.IsType<FormView>(Assert.Single((await _rita.TapAsync(button.Verb, Guid.NewGuid(), button.Data!.ToDictionary())).Replies).Card);
        Assert.Equal("New owner", Assert.Single(form.Fields).Label);
        var formId = Guid.NewGuid();
        var unknown = Assert.Single((await _rita.TapAsync(form.Submit.Verb, formId, With(form.Submit, (Verbs.KeyNewOwner, "Nobody Known")))).Replies);
        Assert.StartsWith("I don't know anyone called Nobody Known in this workspace", Assert.IsType<FormView>(unknown.Card).Fields[0].Error, StringComparison.Ordinal);

        var result = await _rita.TapAsync(form.Submit.Verb, formId, With(form.Submit, (Verbs.KeyNewOwner, "bea")));

        var confirmation = Assert.Single(result.Replies, r => r.ToPerson is null);
        Assert.True(confirmation.ReplacesCard);
        Assert.Equal(formId, confirmation.CardId);
        var done = Assert.IsType<SummaryView>(confirmation.Card);
        Assert.Equal("Handed over to Bea Stone", done.Title);
        Assert.StartsWith("Done – Bea Stone now runs the call with Jordan Lee", done.Subtitle, StringComparison.Ordinal);
        await using var db = _database.NewContext();
        var bea = await PersonAsync("U-BEA");
        var interviews = await db.Interviews.ToListAsync();
        Assert.Equal(bea.Id, interviews.Single(i => i.Id == interviewId).Recruiter.PersonId);
        Assert.Equal("Rita Recruiter", interviews.Single(i => i.Id != interviewId).Recruiter.Name);
    }

    [DatabaseFact]
    public async Task An_open_card_of_the_old_owner_closes_saying_who_took_over()
    {
        var interviewId = await BookAsync(_rita);
        await _bea.OpenChatAsync();
        Guid sentId;
        await using (var db = _database.NewContext())
        {
            var sent = await db.Nudges.FirstAsync(n => n.InterviewId == interviewId && n.Kind == NudgeKind.PrepReminder);
            sent.MarkSent("D-U-RITA", "m-prep", _database.NowUtc);
            await db.SaveChangesAsync();
            sentId = sent.Id;
        }

        await _rita.SayAsync("hand over to @Bea Stone", AtBea);

        await using var after = _database.NewContext();
        var closed = await after.Nudges.SingleAsync(n => n.Id == sentId);
        Assert.NotNull(closed.CardClosedUtc);
        var interview = await after.Interviews.SingleAsync(i => i.Id == interviewId);
        Assert.Equal("Closed – Bea Stone took over the call with Jordan Lee.", NudgeCardCloser.Why(closed, interview, await PersonAsync("U-RITA")));
    }

    [DatabaseTheory]
    [InlineData("hand over to Nobody Here", "I don't know anyone called Nobody Here in this workspace, so nothing changed.")]
    [InlineData("hand over to me", "You can't hand your interviews over to yourself.")]
    [InlineData("hand over", "Type hand over to @name to give your open interviews to a colleague")]
    public async Task Refusals_say_why_and_change_nothing(string typed, string expected)
    {
        var interviewId = await BookAsync(_rita);

        var result = await _rita.SayAsync(typed);

        Assert.StartsWith(expected, Markup.Plain(Assert.Single(result.Replies).Text!), StringComparison.Ordinal);
        await AssertStillRitasAsync(interviewId);
    }

    [DatabaseFact]
    public async Task Someone_the_bot_knows_only_in_another_workspace_is_refused()
    {
        var interviewId = await BookAsync(_rita);
        await new Chat(_database, "T-OTHER", "U-OSCAR", "Oscar Outside").OpenChatAsync();

        var result = await _rita.SayAsync("hand over to @Oscar Outside", new ChatMention("U-OSCAR", "@Oscar Outside"));

        Assert.StartsWith("I don't know anyone called @Oscar Outside in this workspace", Assert.Single(result.Replies).Text, StringComparison.Ordinal);
        await AssertStillRitasAsync(interviewId);
    }

    [DatabaseFact]
    public async Task Someone_who_is_not_an_admin_cannot_hand_over_a_colleagues_interviews()
    {
        var interviewId = await BookAsync(_rita);
        await _bea.SayAsync("hi");

        var result = await _sam.SayAsync("hand over @Rita Recruiter to @Bea Stone", AtRita, AtBea);

        Assert.Equal("Only Rita Recruiter or a privacy admin can hand over Rita Recruiter's interviews, so nothing changed.", Assert.Single(result.Replies).Text);
        await AssertStillRitasAsync(interviewId);
    }

    [DatabaseFact]
    public async Task In_a_shared_chat_hand_over_only_says_where_to_type_it()
    {
        var interviewId = await BookAsync(_rita);
        await _bea.SayAsync("hi");
        var inChannel = new Chat(_database, "T-ACME", "U-RITA", "Rita Recruiter", sharedChatId: "C-TEAM");

        var result = await inChannel.SayAsync("hand over to @Bea Stone", AtBea);

        Assert.Equal(HandOverFlow.OnlyInPersonalChat, Assert.Single(result.Replies).Text);
        await AssertStillRitasAsync(interviewId);
    }

    [DatabaseFact]
    public async Task Closed_and_cancelled_calls_stay_with_their_recruiter()
    {
        var cancelled = await BookAsync(_rita);
        await _rita.TapAsync(Verbs.SetStatus, null, (Verbs.KeyInterview, cancelled.ToString()), (Verbs.KeyStatus, nameof(InterviewStatus.Cancelled)));
        await _bea.SayAsync("hi");

        var result = await _rita.SayAsync("hand over to @Bea Stone", AtBea);

        Assert.Equal("You have no open interviews to hand over, so nothing changed.", Assert.Single(result.Replies).Text);
        await AssertStillRitasAsync(cancelled);
    }

    private static Dictionary<string, string> With(ActionButton button, params (string Key, string Value)[] values)
    {
        var data = button.Data!.ToDictionary();
        foreach (var (key, value) in values) data[key] = value;
        return data;
    }

    private static async Task<Guid> BookAsync(Chat recruiter, params (string Field, string Value)[] changes)
    {
        var (card, _) = Booking.Checklist(await recruiter.TapAsync(Verbs.CreateInterview, Guid.NewGuid(), Booking.Interview(changes)));
        return Booking.InterviewIdOn(card);
    }

    private async Task<List<Nudge>> WaitingAsync(Guid interviewId)
    {
        await using var db = _database.NewContext();
        return (await db.Nudges.Where(n => n.InterviewId == interviewId && n.Recipient == NudgeRecipient.Recruiter).ToListAsync()).Where(n => n.IsWaiting).ToList();
    }

    private async Task<Person> PersonAsync(string platformUserId)
    {
        await using var db = _database.NewContext();
        return await db.People.SingleAsync(p => p.PlatformUserId == platformUserId);
    }

    private async Task AssertStillRitasAsync(Guid interviewId)
    {
        var rita = await PersonAsync("U-RITA");
        await using var db = _database.NewContext();
        Assert.Equal(rita.Id, (await db.Interviews.SingleAsync(i => i.Id == interviewId)).Recruiter.PersonId);
        Assert.All((await WaitingAsync(interviewId)), n => Assert.Equal(rita.Id, n.PersonId));
    }

    public sealed class OnSqlite() : HandOverFlowTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : HandOverFlowTests(TestDatabaseKind.Postgres), IRunsOnPostgres;
}
