using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Persistence.Tests;

/// <summary>
/// "Forget me" and "delete interview" on the real stores: afterwards every table is read back, and
/// nothing of the person is left while everyone else's records stay whole.
/// </summary>
public abstract class PersonalDataStoreTests(TestDatabaseKind kind) : IAsyncLifetime
{
    private readonly TestDatabase _database = new(kind);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseFact]
    public async Task Forgetting_a_person_leaves_nothing_of_them_in_any_table()
    {
        var s = await PrivacyScenario.SeedAsync(_database);

        await ForgetAsync(s.Workspace.Id, s.Rita.Id);

        Assert.Subset(new HashSet<string>(await TableScan.TablesAsync(_database)), new HashSet<string>(TableScan.EveryTable));
        Assert.Empty(await TableScan.RowsContainingAsync(_database, [s.Rita.Id.ToString(), .. PrivacyScenario.RitasTexts]));
    }

    [DatabaseFact]
    public async Task Forgetting_deletes_the_interviews_they_created_with_what_others_wrote_there()
    {
        var s = await PrivacyScenario.SeedAsync(_database);

        await ForgetAsync(s.Workspace.Id, s.Rita.Id);

        await using var db = _database.NewContext();
        Assert.False(await db.Interviews.AnyAsync(i => i.Id == s.RitasScreen.Id));
        Assert.Empty(await TableScan.RowsContainingAsync(_database, s.RitasScreen.Id.ToString(), "Casey's note on Rita's screen"));
        // Casey's brag list is hers: the story stays, no longer pointing at the deleted screen.
        var caseysStory = await db.Stories.SingleAsync();
        Assert.Equal(("Casey's situation", (Guid?)null), (caseysStory.Situation, caseysStory.InterviewId));
        Assert.Null((await db.People.SingleAsync(p => p.Id == s.Casey.Id)).ActiveInterviewId);
    }

    [DatabaseFact]
    public async Task On_someone_elses_interview_they_become_a_former_participant_and_the_rest_stays()
    {
        var s = await PrivacyScenario.SeedAsync(_database);

        await ForgetAsync(s.Workspace.Id, s.Rita.Id);

        await using var db = _database.NewContext();
        var samsScreen = await db.Interviews.Include(i => i.Notes).Include(i => i.Checklist).SingleAsync(i => i.Id == s.SamsScreen.Id);
        Assert.Equal(new Party(ForgetResult.FormerParticipant), samsScreen.Candidate);
        Assert.Equal(new Party("Sam Sourcer", "sam@acme.example", s.Sam.Id), samsScreen.Recruiter);
        Assert.Equal(["Sam's note on his screen"], samsScreen.Notes.Select(n => n.Text));
        Assert.Equal(["Sam's feedback draft"], samsScreen.Checklist.Select(e => e.Value));
        Assert.Equal(NudgeState.Pending, (await db.Nudges.SingleAsync(n => n.Id == s.SamsReminder.Id)).State);
        Assert.True(await db.Nudges.AnyAsync(n => n.Id == s.TeamDigest.Id));
        Assert.True(await db.Sessions.AnyAsync(x => x.PersonId == s.Sam.Id));
        Assert.True(await db.SentCards.AnyAsync(c => c.CardId == s.CardInSamsChat));
        Assert.Equal(["C-TEAM", "D-SAM"], (await db.ConversationAddresses.Select(a => a.ConversationId).ToListAsync()).Order());
        Assert.Equal("C-TEAM", (await db.Workspaces.SingleAsync()).TeamConversationId);
        Assert.Equal("85,000–95,000 EUR", (await db.RoleBriefs.SingleAsync())["salary"]);
        Assert.Equal(["Casey Candidate", "Sam Sourcer"], (await db.People.Select(p => p.DisplayName).ToListAsync()).Order());
    }

    [DatabaseFact]
    public async Task Forgetting_returns_exactly_the_reminders_that_were_waiting_and_counts_what_went()
    {
        var s = await PrivacyScenario.SeedAsync(_database);

        var result = await ForgetAsync(s.Workspace.Id, s.Rita.Id);

        Assert.Equal(s.WaitingForRita.Order(), result.WaitingNudgeIds.Order());
        Assert.Equal(new ErasedCounts
        {
            People = 1, Interviews = 1, InterviewsUnlinked = 1, ChecklistEntries = 2, Notes = 3, Questions = 2,
            Sessions = 2, Stories = 1, Nudges = 6, SentCards = 2, ConversationAddresses = 1,
        }, result.Counts);
    }

    [DatabaseFact]
    public async Task A_channel_address_stored_with_the_person_as_last_speaker_keeps_the_channel_and_loses_the_person()
    {
        var s = await PrivacyScenario.SeedAsync(_database);
        // As the Teams channel stored a channel's address before: with whoever spoke last in it.
        const string ritaSpokeLast = """
            {"user":{"id":"U-RITA","name":"Rita Recruiter","aadObjectId":"aad-rita-0001"},"bot":{"id":"28:bot","name":"InterviewBot"},
             "conversation":{"isGroup":true,"conversationType":"channel","id":"19:recruiting@thread.tacv2","tenantId":"T-ACME"},
             "channelId":"msteams","serviceUrl":"https://smba.example.invalid/emea/"}
            """;
        await using (var db = _database.NewContext())
        {
            var rita = await db.People.SingleAsync(p => p.Id == s.Rita.Id);
            rita.DirectoryId = "aad-rita-0001";
            db.ConversationAddresses.Add(new ConversationAddress(s.Workspace.Id, null, Platforms.Teams, "19:recruiting@thread.tacv2", false, ritaSpokeLast, _database.NowUtc));
            await db.SaveChangesAsync();
        }

        await ForgetAsync(s.Workspace.Id, s.Rita.Id);

        Assert.Empty(await TableScan.RowsContainingAsync(_database, [s.Rita.Id.ToString(), "aad-rita-0001", .. PrivacyScenario.RitasTexts]));
        await using var after = _database.NewContext();
        var channel = await after.ConversationAddresses.SingleAsync(a => a.ConversationId == "19:recruiting@thread.tacv2");
        using var reference = System.Text.Json.JsonDocument.Parse(channel.Reference);
        Assert.Equal("19:recruiting@thread.tacv2", reference.RootElement.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("https://smba.example.invalid/emea/", reference.RootElement.GetProperty("serviceUrl").GetString());
        Assert.Equal("28:bot", reference.RootElement.GetProperty("bot").GetProperty("id").GetString());
    }

    [DatabaseFact]
    public async Task Forgetting_someone_from_another_workspace_changes_nothing()
    {
        var s = await PrivacyScenario.SeedAsync(_database);
        var (otherWorkspace, _) = await Seed.WorkspaceWithPersonAsync(_database, "T-GLOBEX", "U-GREG", "Greg");

        var result = await ForgetAsync(otherWorkspace.Id, s.Rita.Id);

        Assert.Same(ForgetResult.Nothing, result);
        await using var db = _database.NewContext();
        Assert.True(await db.People.AnyAsync(p => p.Id == s.Rita.Id));
        Assert.Equal(2, await db.Interviews.CountAsync());
    }

    [DatabaseFact]
    public async Task Deleting_an_interview_removes_everything_attached_and_nothing_else()
    {
        var s = await PrivacyScenario.SeedAsync(_database);

        IReadOnlyList<Guid> waiting;
        await using (var scope = _database.NewScope())
            waiting = await scope.ServiceProvider.GetRequiredService<IPersonalData>().DeleteInterviewAsync(s.Workspace.Id, s.RitasScreen.Id);

        Assert.Equal(s.WaitingForRita.Take(3).Order(), waiting.Order());
        Assert.Empty(await TableScan.RowsContainingAsync(_database, s.RitasScreen.Id.ToString(),
            "Rita's draft on her screen", "Rita's note on her screen", "What did Rita want to ask?", "Casey's note on Rita's screen", "m-nudge"));
        await using var db = _database.NewContext();
        Assert.Equal([s.SamsScreen.Id], await db.Interviews.Select(i => i.Id).ToListAsync());
        Assert.Equal(["Rita's note on Sam's screen", "Sam's note on his screen"], (await db.Notes.Select(n => n.Text).ToListAsync()).Order());
        Assert.Equal(3, await db.People.CountAsync());
        Assert.Equal(2, await db.Stories.CountAsync(x => x.InterviewId == null || x.InterviewId == s.SamsScreen.Id));
        Assert.Equal(4, await db.Nudges.CountAsync());
    }

    [DatabaseFact]
    public async Task Deleting_an_interview_of_another_workspace_finds_nothing()
    {
        var s = await PrivacyScenario.SeedAsync(_database);
        var (otherWorkspace, _) = await Seed.WorkspaceWithPersonAsync(_database, "T-GLOBEX", "U-GREG", "Greg");

        await using (var scope = _database.NewScope())
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<IPersonalData>().DeleteInterviewAsync(otherWorkspace.Id, s.RitasScreen.Id));

        await using var db = _database.NewContext();
        Assert.Equal(2, await db.Interviews.CountAsync());
    }

    [DatabaseFact]
    public async Task The_export_holds_the_persons_own_records_and_never_another_participants_notes()
    {
        var s = await PrivacyScenario.SeedAsync(_database);

        PersonalDataExport export;
        await using (var scope = _database.NewScope())
            export = await scope.ServiceProvider.GetRequiredService<IPersonalData>().ExportAsync(s.Workspace.Id, s.Rita.Id);

        Assert.Equal(("Rita Recruiter", "U-RITA"), (export.Person.DisplayName, export.Person.PlatformUserId));
        Assert.Equal(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], export.Person.WorkingDays);
        var mine = Assert.Single(export.Interviews, i => i.CreatedByMe);
        var samsScreen = Assert.Single(export.Interviews, i => !i.CreatedByMe);
        Assert.Equal(["Rita's note on her screen"], mine.MyNotes.Select(n => n.Text));
        Assert.Equal(["Rita's draft on her screen"], mine.MyChecklist.Select(a => a.Value));
        Assert.Equal(new ExportedParty("Casey Candidate", "casey@mail.example", false), mine.Candidate);
        Assert.Equal(["Rita's note on Sam's screen"], samsScreen.MyNotes.Select(n => n.Text));
        Assert.Equal(["95,000 EUR is Rita's number"], samsScreen.MyChecklist.Select(a => a.Value));
        Assert.Equal(["How big is Rita's future team?"], samsScreen.MyQuestions.Select(q => q.Text));
        Assert.Equal(("Candidate", new ExportedParty("Sam Sourcer", null, false)), (samsScreen.MySide, samsScreen.Recruiter));
        Assert.Equal(["Rita's situation"], export.Stories.Select(x => x.Situation));
        Assert.Equal(["CallStarting", "PostMortem", "PrepReminder", "ThankYou"], export.Nudges.Select(n => n.Kind).Order());
        Assert.Equal("{\"situation\":\"Rita's half-told story\"}", Assert.Single(export.Sessions).PartialAnswers);
        Assert.Equal(["D-RITA"], export.Conversations.Select(c => c.ConversationId));
        // Sam named her his hiring manager: the decision asked of her is hers to see.
        Assert.Equal(("Team lead", "Sam Sourcer"), (Assert.Single(export.Decisions!).Role, export.Decisions![0].Recruiter));

        var everyText = string.Join("\n", export.Interviews.SelectMany(i => i.MyNotes.Select(n => n.Text).Concat(i.MyChecklist.Select(a => a.Value ?? ""))));
        Assert.DoesNotContain("Sam's note on his screen", everyText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam's feedback draft", everyText, StringComparison.Ordinal);
        Assert.DoesNotContain("Casey's note", everyText, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task The_export_lists_the_chat_addresses_naming_the_person_and_the_cards_sent_about_them()
    {
        var s = await PrivacyScenario.SeedAsync(_database);
        await using (var db = _database.NewContext())
        {
            var rita = await db.People.SingleAsync(p => p.Id == s.Rita.Id);
            rita.DirectoryId = "aad-rita-0001";
            // A channel address stored, as the Teams channel once did, with the last speaker in it.
            db.ConversationAddresses.Add(new ConversationAddress(s.Workspace.Id, null, Platforms.Teams, "19:recruiting@thread.tacv2", false,
                """{"user":{"id":"U-RITA","name":"Rita Recruiter","aadObjectId":"aad-rita-0001"},"conversation":{"id":"19:recruiting@thread.tacv2"}}""",
                _database.NowUtc));
            await db.SaveChangesAsync();
        }

        PersonalDataExport export;
        await using (var scope = _database.NewScope())
            export = await scope.ServiceProvider.GetRequiredService<IPersonalData>().ExportAsync(s.Workspace.Id, s.Rita.Id);

        Assert.Equal(
            [
                ("19:recruiting@thread.tacv2", false, "the chat's address, your user id, your name and your directory id"),
                ("D-RITA", true, "the chat's address and your user id"),
            ],
            export.Conversations.Select(c => (c.ConversationId, c.IsPersonal, c.AddressHolds)).OrderBy(c => c.ConversationId, StringComparer.Ordinal));
        Assert.Equal(
            [("D-RITA", "m-checklist", "a card"), ("D-RITA", "m-nudge", "reminder: CallStarting")],
            export.SentCards.Select(c => (c.ConversationId, c.MessageId, c.Card)).OrderBy(c => c.MessageId, StringComparer.Ordinal));
        Assert.All(export.SentCards, c => Assert.Equal(_database.NowUtc, c.SentUtc));
    }

    private async Task<ForgetResult> ForgetAsync(Guid workspaceId, Guid personId)
    {
        await using var scope = _database.NewScope();
        return await scope.ServiceProvider.GetRequiredService<IPersonalData>().ForgetAsync(workspaceId, personId);
    }

    public sealed class OnSqlite() : PersonalDataStoreTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : PersonalDataStoreTests(TestDatabaseKind.Postgres), IRunsOnPostgres;
}
