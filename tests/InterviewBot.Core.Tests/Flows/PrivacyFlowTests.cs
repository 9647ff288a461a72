using System.Text.Json;
using InterviewBot.Core.Privacy;
using Microsoft.EntityFrameworkCore;
using Moq;

namespace InterviewBot.Core.Tests.Flows;

/// <summary>
/// "export my data", "forget me" and "delete interview" in chat, with the real engine on SQLite and PostgreSQL:
/// what the person sees, what is left in the database, and which reminder timers are cancelled.
/// </summary>
public abstract class PrivacyFlowTests : IAsyncLifetime
{
    private readonly TestDatabase _database;
    private readonly Chat _rita;
    private readonly Chat _sam;
    private readonly Chat _casey;

    protected PrivacyFlowTests(TestDatabaseKind kind)
    {
        _database = new TestDatabase(kind);
        _rita = new Chat(_database, "T-ACME", "U-RITA", "Rita Recruiter");
        _sam = new Chat(_database, "T-ACME", "U-SAM", "Sam Sourcer");
        _casey = new Chat(_database, "T-ACME", "U-CASEY", "Casey Candidate");
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseTheory]
    [InlineData("export my data")]
    [InlineData("My data")]
    [InlineData("/export")]
    public void Export_has_several_names(string typed) => Assert.Equal(CommandKind.ExportData, CommandParser.Parse(typed)?.Kind);

    [DatabaseTheory]
    [InlineData("forget me", CommandKind.ForgetMe)]
    [InlineData("Delete my data", CommandKind.ForgetMe)]
    [InlineData("delete interview", CommandKind.DeleteInterview)]
    public void Forget_and_delete_have_plain_names(string typed, CommandKind kind) => Assert.Equal(kind, CommandParser.Parse(typed)?.Kind);

    [DatabaseFact]
    public async Task Export_my_data_answers_in_chat_with_json_of_the_persons_own_records()
    {
        await PrivacyScenario.SeedAsync(_database);

        var result = await _rita.SayAsync("export my data");

        Assert.All(result.Replies, r => Assert.Null(r.Card));
        Assert.StartsWith("Here is everything I hold about you, as JSON", result.Replies[0].Text, StringComparison.Ordinal);
        Assert.All(result.Replies, r => Assert.Equal(MarkupStyle.Code, Markup.Runs(r.Text!)[^1].Style));
        using var json = JsonDocument.Parse(Joined(result));
        Assert.Equal("Rita Recruiter", json.RootElement.GetProperty("person").GetProperty("displayName").GetString());
        var text = json.RootElement.GetRawText();
        Assert.Contains("Rita's note on Sam's screen", text, StringComparison.Ordinal);
        Assert.Contains("95,000 EUR is Rita's number", text, StringComparison.Ordinal);
        Assert.Contains("Rita's situation", text, StringComparison.Ordinal);
        Assert.Contains("\"myNotes\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam's note on his screen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Casey's note", text, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_large_export_comes_in_numbered_parts_small_enough_for_slack_that_join_into_the_whole()
    {
        await _rita.TapAsync(Verbs.CreateInterview, Guid.NewGuid(), Booking.Interview());
        var notes = Enumerable.Range(1, 8).Select(i => $"Note {i}: " + string.Concat(Enumerable.Repeat("a **long** answer ` with a backtick ", 110)).Trim()).ToList();
        foreach (var note in notes) await _rita.SayAsync("note " + note);

        var result = await _rita.SayAsync("export my data");

        Assert.True(result.Replies.Count >= 8);
        Assert.All(result.Replies, r => Assert.True(r.Text!.Length <= PersonalDataJson.MaxSlackMessageLength));
        // Each part is one code block: shown as it is, whatever the notes hold.
        Assert.All(result.Replies, r => Assert.Equal([MarkupStyle.Plain, MarkupStyle.Code], Markup.Runs(r.Text!).Select(run => run.Style)));
        Assert.Contains($"Part 2 of {result.Replies.Count}:", result.Replies[1].Text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Joined(result));
        var exported = json.RootElement.GetProperty("interviews")[0].GetProperty("myNotes").EnumerateArray().Select(n => n.GetProperty("text").GetString());
        Assert.Equal(notes, exported);
    }

    [DatabaseFact]
    public async Task Forget_me_asks_first_and_Cancel_keeps_everything()
    {
        var s = await PrivacyScenario.SeedAsync(_database);

        var asked = Assert.Single((await _rita.SayAsync("forget me")).Replies);
        var card = Assert.IsType<SummaryView>(asked.Card);
        Assert.Equal("Delete everything I hold about you?", card.Title);
        Assert.Equal(["Delete everything", "Cancel"], card.Buttons.Select(b => b.Label));
        Assert.Contains(new Fact("Your notes", "2"), card.Facts);
        Assert.Contains(new Fact("Stories in your brag list", "1"), card.Facts);

        var kept = Assert.Single((await _rita.TapAsync(Verbs.KeepData, asked.CardId)).Replies);

        Assert.True(kept.ReplacesCard);
        Assert.Equal("Nothing deleted", kept.Card!.Title);
        await using var db = _database.NewContext();
        Assert.True(await db.People.AnyAsync(p => p.Id == s.Rita.Id));
        Assert.Equal(2, await db.Interviews.CountAsync());
    }

    [DatabaseFact]
    public async Task Confirming_forget_me_deletes_everything_and_cancels_the_waiting_reminders()
    {
        var s = await PrivacyScenario.SeedAsync(_database);
        var asked = Assert.Single((await _rita.SayAsync("forget me")).Replies);

        var done = Assert.Single((await _rita.TapAsync(Verbs.ConfirmForget, asked.CardId, Data(asked, "Delete everything"))).Replies);

        Assert.True(done.ReplacesCard);
        Assert.Equal(asked.CardId, done.CardId);
        var card = Assert.IsType<SummaryView>(done.Card);
        Assert.Equal("Done – I no longer hold anything about you. If you write to me again I'll start fresh.", $"{card.Title} {card.Subtitle}");
        Assert.Empty(await TableScan.RowsContainingAsync(_database, [s.Rita.Id.ToString(), .. PrivacyScenario.RitasTexts]));
        foreach (var id in s.WaitingForRita) _database.Scheduler.Verify(x => x.CancelAsync(id, It.IsAny<CancellationToken>()), Times.Once);
        _database.Scheduler.Verify(x => x.CancelAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Exactly(s.WaitingForRita.Count));
    }

    [DatabaseFact]
    public async Task After_being_forgotten_the_next_message_starts_fresh()
    {
        var s = await PrivacyScenario.SeedAsync(_database);
        var asked = Assert.Single((await _rita.SayAsync("forget me")).Replies);
        await _rita.TapAsync(Verbs.ConfirmForget, asked.CardId, Data(asked, "Delete everything"));

        var hello = await _rita.SayAsync("my interviews");

        Assert.Equal("No interviews yet", Assert.Single(hello.Replies).Card!.Title);
        Assert.NotEqual(s.Rita.Id, hello.PersonId);
        await using var db = _database.NewContext();
        Assert.Equal("Rita Recruiter", (await db.People.SingleAsync(p => p.Id == hello.PersonId)).DisplayName);
    }

    [DatabaseFact]
    public async Task A_forget_me_button_does_nothing_for_anyone_but_the_person_it_was_made_for()
    {
        var s = await PrivacyScenario.SeedAsync(_database);
        var ritasCard = Assert.Single((await _rita.SayAsync("forget me")).Replies);

        var refused = Assert.Single((await _sam.TapAsync(Verbs.ConfirmForget, ritasCard.CardId, Data(ritasCard, "Delete everything"))).Replies);

        Assert.Equal($"That button belongs to an earlier request, so I changed nothing. Type {Markup.Italic("forget me")} to start again.", refused.Text);
        await using var db = _database.NewContext();
        Assert.Equal(3, await db.People.CountAsync());
        Assert.Equal(2, await db.Interviews.CountAsync());
        _database.Scheduler.Verify(x => x.CancelAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [DatabaseFact]
    public async Task The_owner_deletes_an_interview_from_the_after_card_and_its_reminders_are_cancelled()
    {
        var booked = await _rita.TapAsync(Verbs.CreateInterview, Guid.NewGuid(), Booking.Interview());
        var interviewId = Booking.InterviewIdOn(Booking.Checklist(booked).Card);
        await _rita.SayAsync("note Strong on Kafka");
        List<Guid> waiting;
        await using (var db = _database.NewContext())
            waiting = await db.Nudges.Where(n => n.InterviewId == interviewId).Select(n => n.Id).ToListAsync();
        Assert.NotEmpty(waiting);
        var after = Assert.Single((await _rita.SayAsync("after")).Replies);

        var asked = Assert.Single((await _rita.TapAsync(Verbs.DeleteInterview, after.CardId, Data(after, "Delete interview"))).Replies);
        var confirm = Assert.IsType<SummaryView>(asked.Card);
        Assert.Equal("Delete this interview?", confirm.Title);
        Assert.Contains("Jordan Lee – Backend engineer", confirm.Subtitle, StringComparison.Ordinal);
        var done = Assert.Single((await _rita.TapAsync(Verbs.ConfirmDeleteInterview, asked.CardId, Data(asked, "Delete interview"))).Replies);

        Assert.True(done.ReplacesCard);
        Assert.Equal(("Interview deleted", "Jordan Lee – Backend engineer and everything on it are gone."), (done.Card!.Title, ((SummaryView)done.Card).Subtitle));
        Assert.Empty(await TableScan.RowsContainingAsync(_database, interviewId.ToString(), "Jordan Lee", "Strong on Kafka"));
        foreach (var id in waiting) _database.Scheduler.Verify(x => x.CancelAsync(id, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal("No interviews yet", Assert.Single((await _rita.SayAsync("my interviews")).Replies).Card!.Title);
    }

    [DatabaseFact]
    public async Task Delete_interview_typed_in_chat_asks_about_the_current_interview()
    {
        await _rita.TapAsync(Verbs.CreateInterview, Guid.NewGuid(), Booking.Interview());

        var asked = Assert.IsType<SummaryView>(Assert.Single((await _rita.SayAsync("delete interview")).Replies).Card);

        Assert.Equal("Delete this interview?", asked.Title);
        Assert.Contains("Jordan Lee", asked.Subtitle, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Only_the_owner_is_offered_and_allowed_to_delete_an_interview()
    {
        var s = await PrivacyScenario.SeedAsync(_database);
        var data = (Verbs.KeyInterview, s.RitasScreen.Id.ToString());

        var casey = Assert.Single((await _casey.TapAsync(Verbs.ConfirmDeleteInterview, Guid.NewGuid(), data)).Replies);
        var sam = Assert.Single((await _sam.TapAsync(Verbs.DeleteInterview, Guid.NewGuid(), data)).Replies);
        var samsAfterCard = Assert.Single((await _sam.TapAsync(Verbs.ShowPhase, Guid.NewGuid(),
            (Verbs.KeyInterview, s.SamsScreen.Id.ToString()), (Verbs.KeyPhase, "after"))).Replies);

        Assert.Equal("Only the person who created this interview can delete it, so I left it unchanged.", casey.Text);
        Assert.Equal("That card belongs to an interview you are not part of, so I left it unchanged.", sam.Text);
        Assert.Contains(samsAfterCard.Card is ChecklistView c ? c.Buttons : [], b => b.Verb == Verbs.DeleteInterview);
        await using var db = _database.NewContext();
        Assert.Equal(4, await db.Notes.CountAsync());
        Assert.Equal(2, await db.Interviews.CountAsync());
        Assert.Equal(s.WaitingForRita.Count, await db.Nudges.CountAsync(n => s.WaitingForRita.Contains(n.Id)));
    }

    /// <summary>The JSON carried by the replies: each part's code block, joined as they come.</summary>
    private static string Joined(TurnResult result) =>
        string.Concat(result.Replies.Select(r => Markup.Runs(r.Text!).Single(run => run.Style == MarkupStyle.Code).Text));

    /// <summary>The data of the button labelled <paramref name="button"/> on the reply's card.</summary>
    private static Dictionary<string, string> Data(BotReply reply, string button)
    {
        var buttons = reply.Card switch
        {
            SummaryView summary => summary.Buttons,
            ChecklistView checklist => checklist.Buttons,
            _ => throw new InvalidOperationException($"No buttons on {reply.Card?.GetType().Name ?? "a text reply"}."),
        };
        return new Dictionary<string, string>(buttons.Single(b => b.Label == button).Data!);
    }

    public sealed class OnSqlite() : PrivacyFlowTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : PrivacyFlowTests(TestDatabaseKind.Postgres), IRunsOnPostgres;
}
