using System.Text.Json;
using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace InterviewBot.Core.Tests.Flows;

/// <summary>
/// A privacy admin acting for a candidate who never used the bot ("privacy export", "privacy erase"),
/// with the real engine on SQLite and PostgreSQL: what they get, what is left in the database, which
/// reminder timers are cancelled, and that nobody else can do it.
/// </summary>
public abstract class CandidateRequestTests : IAsyncLifetime
{
    private readonly TestDatabase _database;
    private readonly Chat _ada;
    private readonly Chat _adam;
    private readonly Chat _rita;

    protected CandidateRequestTests(TestDatabaseKind kind)
    {
        _database = new TestDatabase(kind, privacyAdmins: ["U-ADA", "U-ADAM"]);
        _ada = new Chat(_database, "T-ACME", "U-ADA", "Ada Admin");
        _adam = new Chat(_database, "T-ACME", "U-ADAM", "Adam Admin");
        _rita = new Chat(_database, "T-ACME", "U-RITA", "Rita Recruiter");
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseTheory]
    [InlineData("privacy export jordan.lee@mail.example")]
    [InlineData("privacy export Jordan Lee")]
    public async Task An_admin_exports_every_recruiters_interview_with_the_candidate_and_everything_on_it(string typed)
    {
        var s = await CandidateScenario.SeedAsync(_database);

        var result = await _ada.SayAsync(typed);

        Assert.StartsWith("Here is everything I hold about that candidate in this workspace, as JSON", result.Replies[0].Text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Joined(result));
        var interviews = json.RootElement.GetProperty("interviews").EnumerateArray().ToList();
        Assert.Equal([s.SamsScreen.Id, s.RitasScreen.Id], interviews.Select(i => i.GetProperty("id").GetGuid()));
        var text = json.RootElement.GetRawText();
        Assert.All(CandidateScenario.WrittenAboutJordan, written => Assert.Contains(written, text, StringComparison.Ordinal));
        Assert.Contains("m-feedback-jordan", text, StringComparison.Ordinal);
        Assert.Equal(["CallStarting", "PrepReminder"], interviews[1].GetProperty("reminders").EnumerateArray().Select(n => n.GetProperty("kind").GetString()).Order());
        // Not someone else's candidate, not a colleague's own prep, not another workspace.
        Assert.DoesNotContain("Casey", text, StringComparison.Ordinal);
        Assert.DoesNotContain("My own prep", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Greg", text, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Erase_asks_first_listing_what_goes_without_naming_the_candidate_and_nothing_changes_until_confirmed()
    {
        await CandidateScenario.SeedAsync(_database);

        var asked = Assert.Single((await _ada.SayAsync("privacy erase Jordan Lee")).Replies);

        var card = Assert.IsType<SummaryView>(asked.Card);
        Assert.Equal("Erase what I hold about this candidate?", card.Title);
        Assert.Contains(new Fact("Interviews", "2"), card.Facts);
        Assert.Contains(new Fact("Notes", "2"), card.Facts);
        Assert.Contains(new Fact("Reminders", "3"), card.Facts);
        Assert.Equal(2, card.Sections.Single(x => x.Heading == "Interviews").Lines.Count(l => l.StartsWith("Backend engineer, ", StringComparison.Ordinal)));
        var everything = JsonSerializer.Serialize(card);
        Assert.DoesNotContain("Jordan", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("mail.example", everything, StringComparison.OrdinalIgnoreCase);
        var erase = card.Buttons.Single(b => b.Label == "Erase");
        Assert.Equal([Verbs.KeyRequest], erase.Data!.Keys);
        Assert.Empty(await TableScan.RowsContainingAsync(_database, CandidateErasure.ErasedCandidate));
        Assert.Equal(5, (await TableScan.RowsContainingAsync(_database, CandidateScenario.WrittenAboutJordan)).Count);
    }

    [DatabaseFact]
    public async Task Confirming_erases_the_candidate_keeps_turnaround_facts_and_cancels_the_waiting_reminders()
    {
        var s = await CandidateScenario.SeedAsync(_database);
        var asked = Assert.Single((await _ada.SayAsync("privacy erase jordan.lee@mail.example")).Replies);

        var done = Assert.Single((await _ada.TapAsync(Verbs.ConfirmCandidateErase, asked.CardId, Data(asked, "Erase"))).Replies);

        Assert.True(done.ReplacesCard);
        Assert.Equal("Candidate erased", done.Card!.Title);
        Assert.Empty(await TableScan.RowsContainingAsync(_database, [.. CandidateScenario.WrittenAboutJordan, "m-feedback-jordan"]));
        await using var db = _database.NewContext();
        var screens = await db.Interviews.Where(i => i.Id == s.RitasScreen.Id || i.Id == s.SamsScreen.Id).ToListAsync();
        Assert.All(screens, i => Assert.Equal(new Party(CandidateErasure.ErasedCandidate), i.Candidate));
        var sams = screens.Single(i => i.Id == s.SamsScreen.Id);
        Assert.Equal((InterviewStatus.Closed, s.SamsScreen.StartUtc, s.SamsScreen.FeedbackSentUtc, "Sam Sourcer"),
            (sams.Status, sams.StartUtc, sams.FeedbackSentUtc, sams.Recruiter.Name));
        Assert.False(await db.Nudges.AnyAsync(n => n.InterviewId == s.RitasScreen.Id || n.InterviewId == s.SamsScreen.Id));
        Assert.False(await db.PendingErasures.AnyAsync());
        foreach (var id in s.WaitingOnJordansScreens) _database.Scheduler.Verify(x => x.CancelAsync(id, It.IsAny<CancellationToken>()), Times.Once);
        _database.Scheduler.Verify(x => x.CancelAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Exactly(s.WaitingOnJordansScreens.Count));
        // Everyone else's records stay whole.
        Assert.Single(await TableScan.RowsContainingAsync(_database, "Rita's note on Casey"));
        Assert.Single(await TableScan.RowsContainingAsync(_database, "My own prep, private to me"));
        Assert.Single(await TableScan.RowsContainingAsync(_database, "Greg's note in Globex"));
        Assert.Equal(new Party("Jordan Lee", CandidateScenario.Email), (await db.Interviews.SingleAsync(i => i.Id == s.OtherWorkspacesScreen.Id)).Candidate);
        Assert.True(await db.Nudges.AnyAsync(n => n.Id == s.CaseysReminder.Id));
    }

    [DatabaseFact]
    public async Task Erasing_a_candidate_the_API_named_by_their_chat_user_stops_asking_that_person_about_the_call()
    {
        var s = await CandidateScenario.SeedAsync(_database);
        var jordansChat = new Chat(_database, "T-ACME", "U-JORDAN", "Jordan Lee");
        await jordansChat.OpenChatAsync();
        await using (var scope = _database.NewScope())
        {
            await using var read = _database.NewContext();
            var jordan = await read.People.SingleAsync(p => p.PlatformUserId == "U-JORDAN");
            var screen = await scope.ServiceProvider.GetRequiredService<IInterviews>().FindAsync(s.Workspace.Id, s.RitasScreen.Id);
            screen!.NameCandidate((await scope.ServiceProvider.GetRequiredService<IPeople>().GetAsync(s.Workspace.Id, jordan.Id))!, _database.NowUtc);
            await scope.ServiceProvider.GetRequiredService<Commit>().SaveAsync();
        }
        var asked = Assert.Single((await _ada.SayAsync("privacy erase jordan.lee@mail.example")).Replies);

        await _ada.TapAsync(Verbs.ConfirmCandidateErase, asked.CardId, Data(asked, "Erase"));

        await using (var scope = _database.NewScope())
        {
            var screen = await scope.ServiceProvider.GetRequiredService<IInterviews>().FindAsync(s.Workspace.Id, s.RitasScreen.Id);
            Assert.Null(screen!.NamedCandidateId);
            Assert.False(screen.AwaitsConfirmation);
            screen.AddNote(s.Rita.Id, "take-notes", "Rita carries on with the call", _database.NowUtc);
            await scope.ServiceProvider.GetRequiredService<Commit>().SaveAsync(); // plans the call's reminders again
        }
        await using var db = _database.NewContext();
        Assert.False(await db.Nudges.AnyAsync(n => n.InterviewId == s.RitasScreen.Id && n.Kind == NudgeKind.CandidateConfirm));
    }

    [DatabaseFact]
    public async Task Someone_not_listed_as_admin_is_refused_without_a_word_about_the_candidate_and_nothing_changes()
    {
        await CandidateScenario.SeedAsync(_database);
        var adasCard = Assert.Single((await _ada.SayAsync("privacy erase Jordan Lee")).Replies);

        var export = Assert.Single((await _rita.SayAsync("privacy export Jordan Lee")).Replies);
        var erase = Assert.Single((await _rita.SayAsync("privacy erase jordan.lee@mail.example")).Replies);
        var tap = Assert.Single((await _rita.TapAsync(Verbs.ConfirmCandidateErase, adasCard.CardId, Data(adasCard, "Erase"))).Replies);
        var nobody = Assert.Single((await _rita.SayAsync("privacy export nobody@mail.example")).Replies);

        Assert.All([export, erase, tap, nobody], r => Assert.Equal(("Only privacy admins can do that, so I did nothing.", null), (r.Text, r.Card)));
        Assert.Equal(5, (await TableScan.RowsContainingAsync(_database, CandidateScenario.WrittenAboutJordan)).Count);
    }

    [DatabaseFact]
    public async Task Another_admin_cannot_confirm_an_admins_erasure()
    {
        await CandidateScenario.SeedAsync(_database);
        var adasCard = Assert.Single((await _ada.SayAsync("privacy erase Jordan Lee")).Replies);

        var refused = Assert.Single((await _adam.TapAsync(Verbs.ConfirmCandidateErase, adasCard.CardId, Data(adasCard, "Erase"))).Replies);

        Assert.StartsWith("That button belongs to an earlier request, so I changed nothing.", refused.Text, StringComparison.Ordinal);
        Assert.Equal(5, (await TableScan.RowsContainingAsync(_database, CandidateScenario.WrittenAboutJordan)).Count);
    }

    [DatabaseFact]
    public async Task A_confirmation_older_than_a_day_or_replaced_by_a_newer_request_does_nothing()
    {
        await CandidateScenario.SeedAsync(_database);
        var first = Assert.Single((await _ada.SayAsync("privacy erase Jordan Lee")).Replies);
        var second = Assert.Single((await _ada.SayAsync("privacy erase Jordan Lee")).Replies);

        var replaced = Assert.Single((await _ada.TapAsync(Verbs.ConfirmCandidateErase, first.CardId, Data(first, "Erase"))).Replies);
        _database.Time.Advance(TimeSpan.FromHours(25));
        var late = Assert.Single((await _ada.TapAsync(Verbs.ConfirmCandidateErase, second.CardId, Data(second, "Erase"))).Replies);

        Assert.All([replaced, late], r => Assert.StartsWith("That button belongs to an earlier request", r.Text, StringComparison.Ordinal));
        Assert.Equal(5, (await TableScan.RowsContainingAsync(_database, CandidateScenario.WrittenAboutJordan)).Count);
    }

    [DatabaseFact]
    public async Task Cancel_keeps_everything_and_the_request_is_gone()
    {
        await CandidateScenario.SeedAsync(_database);
        var asked = Assert.Single((await _ada.SayAsync("privacy erase Jordan Lee")).Replies);

        var kept = Assert.Single((await _ada.TapAsync(Verbs.KeepCandidateData, asked.CardId, Data(asked, "Cancel"))).Replies);
        var afterwards = Assert.Single((await _ada.TapAsync(Verbs.ConfirmCandidateErase, asked.CardId, Data(asked, "Erase"))).Replies);

        Assert.Equal(("Nothing deleted", true), (kept.Card!.Title, kept.ReplacesCard));
        Assert.StartsWith("That button belongs to an earlier request", afterwards.Text, StringComparison.Ordinal);
        Assert.Equal(5, (await TableScan.RowsContainingAsync(_database, CandidateScenario.WrittenAboutJordan)).Count);
        await using var db = _database.NewContext();
        Assert.False(await db.PendingErasures.AnyAsync());
    }

    [DatabaseTheory]
    [InlineData("privacy export Jordan Lee")]
    [InlineData("privacy erase Jordan Lee")]
    public async Task In_a_shared_chat_even_an_admin_is_told_to_use_a_1_1_chat(string typed)
    {
        await CandidateScenario.SeedAsync(_database);
        var channel = new Chat(_database, "T-ACME", "U-ADA", "Ada Admin", sharedChatId: "C-TEAM");

        var answer = Assert.Single((await channel.SayAsync(typed)).Replies);

        Assert.Equal(("Privacy requests work only in a 1:1 chat with me, so I did nothing here.", null), (answer.Text, answer.Card));
    }

    [DatabaseFact]
    public async Task A_candidate_nobody_booked_is_answered_plainly()
    {
        await CandidateScenario.SeedAsync(_database);

        var export = Assert.Single((await _ada.SayAsync("privacy export nobody@mail.example")).Replies);
        var erase = Assert.Single((await _ada.SayAsync("privacy erase Olivia Outside")).Replies);

        Assert.All([export, erase], r => Assert.Equal("I hold nothing about a candidate with that e-mail address or name in this workspace.", r.Text));
    }

    /// <summary>The JSON carried by the replies: each part's code block, joined as they come.</summary>
    private static string Joined(TurnResult result) =>
        string.Concat(result.Replies.Select(r => Markup.Runs(r.Text!).Single(run => run.Style == MarkupStyle.Code).Text));

    private static Dictionary<string, string> Data(BotReply reply, string button) =>
        new(Assert.IsType<SummaryView>(reply.Card).Buttons.Single(b => b.Label == button).Data!);

    public sealed class OnSqlite() : CandidateRequestTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : CandidateRequestTests(TestDatabaseKind.Postgres), IRunsOnPostgres;
}
