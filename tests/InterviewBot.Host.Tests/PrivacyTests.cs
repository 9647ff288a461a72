using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Core.Domain;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// A person's data end to end through POST /api/messages: the export in chat, "forget me" leaving
/// nothing behind in the database file (timers included), deleting an interview, and the nightly
/// retention run.
/// </summary>
public sealed class PrivacyTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Export_my_data_answers_in_chat_with_json_holding_the_persons_notes_and_stories()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data);
        var chat = Conversation.Candidate(host, connector);
        var checklist = await chat.PrepAsync();
        await chat.TapAsync(checklist, CardReader.StepButton(checklist.Card!, "Save", "career-story"), new Dictionary<string, string>
        {
            ["step.career-story.situation"] = "our release took a whole day",
            ["step.career-story.action"] = "automated the pipeline end to end",
            ["step.career-story.result"] = "releases now take 20 minutes",
        });
        await chat.SayAsync("note They asked a lot about on-call");

        var sent = await chat.SayAsync("export my data");

        Assert.All(sent, r => Assert.Equal(("reply", null), (r.Kind, r.Card)));
        Assert.All(sent, r => Assert.True(r.Text!.Length <= 20_000));
        Assert.StartsWith("Here is everything I hold about you", sent[0].Text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(ExportJson.In(sent));
        Assert.Equal("Sam Candidate", json.RootElement.GetProperty("person").GetProperty("displayName").GetString());
        var interview = Assert.Single(json.RootElement.GetProperty("interviews").EnumerateArray());
        Assert.Equal(["They asked a lot about on-call"], interview.GetProperty("myNotes").EnumerateArray().Select(n => n.GetProperty("text").GetString()));
        var story = Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray());
        Assert.Equal("releases now take 20 minutes", story.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Export_my_data_lists_the_chats_where_i_reach_the_person_and_the_cards_i_sent_there()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        await NudgeFlowTests.BookNextWeekAsync(chat);
        var cards = connector.Requests.Where(r => r.Card is not null && r.ConversationId == "a:personal-riley").Select(r => r.ResultId).ToHashSet();

        using var json = JsonDocument.Parse(ExportJson.In(await chat.SayAsync("export my data")));

        var conversation = Assert.Single(json.RootElement.GetProperty("conversations").EnumerateArray());
        Assert.Equal(("botframework", "a:personal-riley", true), (conversation.GetProperty("platform").GetString(),
            conversation.GetProperty("conversationId").GetString(), conversation.GetProperty("isPersonal").GetBoolean()));
        Assert.Contains("your user id", conversation.GetProperty("addressHolds").GetString(), StringComparison.Ordinal);
        var sent = json.RootElement.GetProperty("sentCards").EnumerateArray().ToList();
        Assert.NotEmpty(sent);
        Assert.All(sent, c => Assert.Equal("a:personal-riley", c.GetProperty("conversationId").GetString()));
        Assert.Subset(cards, sent.Select(c => c.GetProperty("messageId").GetString()!).ToHashSet());
        Assert.All(sent, c => Assert.True(c.GetProperty("sentUtc").GetDateTime() > DateTime.UtcNow.AddHours(-1)));
    }

    [Fact]
    public async Task Forget_me_then_confirming_leaves_nothing_of_the_person_and_no_reminder_timers()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var (chat, api, file, interviewId) = await RileyBooksAsync(host, connector);
        await chat.SayAsync("note Strong on Kafka, ask about on-call");
        Assert.NotEmpty(await api.NudgesAsync(interviewId));
        Assert.True(await file.NudgeTimersAsync() > 0);
        var personId = await file.ScalarAsync<string>("SELECT Id FROM People WHERE PlatformUserId = '29:user-riley'");

        var asked = Assert.Single(await chat.SayAsync("forget me"));
        Assert.Contains("Delete everything I hold about you?", CardReader.AllText(asked.Card!));
        var done = Assert.Single(await chat.TapAsync(asked, CardReader.SubmitData(asked.Card!, "Delete everything")));

        Assert.Equal(("update", asked.ResultId), (done.Kind, done.ActivityId));
        Assert.Contains("Done – I no longer hold anything about you.", CardReader.AllText(done.Card!));
        Assert.Contains("If you write to me again I'll start fresh.", CardReader.AllText(done.Card!));
        Assert.Empty(await file.RowsContainingAsync(personId, "Riley", "29:user-riley", "a:personal-riley",
            "00000000-0000-0000-0000-0000000000a1", "Jordan Lee", "Strong on Kafka", interviewId.ToString()));
        Assert.Equal(0, await file.NudgeTimersAsync());
        using var nudges = await api.Client().GetAsync($"/api/interviews/{interviewId}/nudges");
        Assert.Equal(HttpStatusCode.NotFound, nudges.StatusCode);
    }

    [Fact]
    public async Task Someone_forgotten_who_writes_again_is_met_afresh_and_can_be_reached_again()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data);
        var file = new DataFile(_data);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        await chat.SayAsync("help");
        await chat.SayAsync("help"); // the address is known now, as it was stored
        var asked = Assert.Single(await chat.SayAsync("forget me"));
        await chat.TapAsync(asked, CardReader.SubmitData(asked.Card!, "Delete everything"));
        Assert.Equal(0L, await file.ScalarAsync<long>("SELECT COUNT(*) FROM ConversationAddresses"));

        await chat.SayAsync("help");

        var personId = await file.ScalarAsync<string>("SELECT Id FROM People WHERE PlatformUserId = '29:user-riley'");
        Assert.Equal(personId, await file.ScalarAsync<string>("SELECT PersonId FROM ConversationAddresses WHERE ConversationId = 'a:personal-riley'"));
    }

    [Fact]
    public async Task After_forget_me_no_table_holds_the_persons_id_name_or_directory_id_even_where_they_spoke_in_a_channel()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var file = new DataFile(_data);
        var riley = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var olga = new Conversation(host, connector, new Activities(connector.ServiceUrl, userId: "29:user-olga", userName: "Olga Other",
            conversationId: "a:personal-olga", aadObjectId: "00000000-0000-0000-0000-0000000000b2"));
        await NudgeFlowTests.BookNextWeekAsync(olga);
        await riley.PostAsync(riley.Activities.ChannelMessage("use this channel"));
        await NudgeFlowTests.BookNextWeekAsync(riley);
        await riley.SayAsync("note Strong on Kafka, ask about on-call");
        string[] rileys = ["29:user-riley", "Riley Recruiter", "00000000-0000-0000-0000-0000000000a1"];
        Assert.NotEmpty(await file.RowsContainingAsync(rileys));

        var asked = Assert.Single(await riley.SayAsync("forget me"));
        await riley.TapAsync(asked, CardReader.SubmitData(asked.Card!, "Delete everything"));

        Assert.Empty(await file.RowsContainingAsync(rileys));
        // Everyone else's records stay, and the team channel can still be reached.
        Assert.NotEmpty(await file.RowsContainingAsync("29:user-olga", "Olga Other", "00000000-0000-0000-0000-0000000000b2"));
        Assert.Equal(1, await file.ScalarAsync<long>("SELECT COUNT(*) FROM ConversationAddresses WHERE ConversationId = '19:team-recruiting@thread.tacv2'"));
        Assert.Equal(1, await file.ScalarAsync<long>("SELECT COUNT(*) FROM Interviews"));
    }

    [Theory]
    [InlineData("Delete everything")]
    [InlineData("Delete interview")]
    public async Task An_erased_note_is_in_none_of_the_sqlite_files_while_the_host_runs_nor_after_it_stopped(string erase)
    {
        var marker = $"planted-{Guid.NewGuid():N}";
        var file = new DataFile(_data);
        await using (var connector = await LocalConnector.StartAsync())
        await using (var host = new BotHost(_data))
        {
            // Someone else's note stays, on the same page of the file as the one erased.
            var olga = new Conversation(host, connector, new Activities(connector.ServiceUrl, userId: "29:user-olga", userName: "Olga Other",
                conversationId: "a:personal-olga", aadObjectId: "00000000-0000-0000-0000-0000000000b2"));
            await NudgeFlowTests.BookNextWeekAsync(olga);
            await olga.SayAsync("note Olga's note stays");
            var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
            await NudgeFlowTests.BookNextWeekAsync(chat);
            await chat.SayAsync($"note Strong on Kafka {marker}");
            Assert.NotEmpty(file.FilesHoldingBytesOf(marker));

            var asked = Assert.Single(await chat.SayAsync(erase == "Delete everything" ? "forget me" : "delete interview"));
            await chat.TapAsync(asked, CardReader.SubmitData(asked.Card!, erase));

            Assert.Empty(await file.RowsContainingAsync(marker));
            Assert.Single(await file.RowsContainingAsync("Olga's note stays"));
            Assert.Empty(file.FilesHoldingBytesOf(marker));
        }

        // Stopped: every connection closed, the log folded into the database file.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Empty(file.FilesHoldingBytesOf(marker));
    }

    [Fact]
    public async Task Someone_else_tapping_Delete_interview_on_a_forwarded_card_is_refused_and_nothing_changes()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var riley = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var interviewId = await NudgeFlowTests.BookNextWeekAsync(riley);
        var plan = await api.NudgesAsync(interviewId);
        var afterCard = Assert.Single(await riley.SayAsync("after"));
        var olga = new Conversation(host, connector, new Activities(connector.ServiceUrl, userId: "29:user-olga", userName: "Olga Other",
            conversationId: "a:personal-olga"));

        var button = CardReader.SubmitData(afterCard.Card!, "Delete interview");
        var refused = Assert.Single(await olga.TapAsync(afterCard, button));
        var confirm = (JsonObject)button.DeepClone();
        confirm["verb"] = "privacy.interview.delete.confirm";
        var refusedAgain = Assert.Single(await olga.TapAsync(afterCard, confirm));

        Assert.Equal("That card belongs to an interview you are not part of, so I left it unchanged.", refused.Text);
        Assert.Equal(refused.Text, refusedAgain.Text);
        Assert.Equal("Jordan Lee", (await api.InterviewAsync(interviewId))["candidate"]!["name"]!.GetValue<string>());
        Assert.Equal(plan.Select(n => (n["id"]!.ToString(), n["state"]!.ToString())), (await api.NudgesAsync(interviewId)).Select(n => (n["id"]!.ToString(), n["state"]!.ToString())));
    }

    [Fact]
    public async Task The_owner_deletes_an_interview_and_its_reminders_and_their_timers_go_with_it()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var (chat, api, file, interviewId) = await RileyBooksAsync(host, connector);
        var afterCard = Assert.Single(await chat.SayAsync("after"));

        var asked = Assert.Single(await chat.TapAsync(afterCard, CardReader.SubmitData(afterCard.Card!, "Delete interview")));
        var done = Assert.Single(await chat.TapAsync(asked, CardReader.SubmitData(asked.Card!, "Delete interview")));

        Assert.Equal(("update", asked.ResultId), (done.Kind, done.ActivityId));
        Assert.Contains("Interview deleted", CardReader.AllText(done.Card!));
        using var response = await api.Client().GetAsync($"/api/interviews/{interviewId}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await file.NudgeTimersAsync());
        Assert.Empty(await file.RowsContainingAsync(interviewId.ToString(), "Jordan Lee"));
        Assert.Equal(1, await file.ScalarAsync<long>("SELECT COUNT(*) FROM People WHERE PlatformUserId = '29:user-riley'"));
    }

    [Fact]
    public async Task The_nightly_retention_run_removes_expired_notes_and_keeps_recent_ones()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data);
        var api = new NudgeApi(host, NudgeApi.Key);
        var now = await api.NowAsync();
        await using (var db = DatabaseContext.For(_data.Database))
        {
            var workspace = new Workspace(Platforms.Teams, "tenant-retention", now);
            var rita = new Person(workspace.Id, "29:user-rita", "Rita Recruiter", now);
            var screen = new Interview(workspace.Id, rita.Id, Audience.Recruiter, new Party("Rita Recruiter", null, rita.Id), new Party("Jordan Lee"),
                "Backend engineer", null, now.AddDays(-200), now.AddDays(-200).AddMinutes(30), "Europe/Berlin", now.AddDays(-201));
            screen.MoveTo(InterviewStatus.Held, now.AddDays(-200));
            screen.AddNote(rita.Id, "take-notes", "Written 200 days ago", now.AddDays(-200));
            screen.AddNote(rita.Id, "take-notes", "Written 10 days ago", now.AddDays(-10));
            db.AddRange(workspace, rita, screen);
            await db.SaveChangesAsync();
        }

        // A day later the run has happened once (it is due every night at 03:15 UTC).
        await api.AdvanceToAsync(now.AddHours(25));
        var file = new DataFile(_data);
        for (var i = 0; i < 200 && (await file.RowsContainingAsync("Written 200 days ago")).Count > 0; i++) await Task.Delay(100);

        Assert.Empty(await file.RowsContainingAsync("Written 200 days ago"));
        Assert.Single(await file.RowsContainingAsync("Written 10 days ago"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-7")]
    [InlineData("99999")]
    [InlineData("six months")]
    public void A_retention_setting_out_of_range_stops_startup_naming_the_setting(string days)
    {
        using var host = new BotHost(_data, new Dictionary<string, string?> { ["Privacy:RetentionDays"] = days });

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Privacy:RetentionDays", Flatten(failure), StringComparison.Ordinal);
    }

    /// <summary>Riley, with the nudge API and the database file at hand, books a screen with Jordan Lee for next week.</summary>
    private async Task<(Conversation Chat, NudgeApi Api, DataFile File, Guid InterviewId)> RileyBooksAsync(BotHost host, LocalConnector connector)
    {
        var chat = Conversation.Recruiter(host, connector);
        var interviewId = await NudgeFlowTests.BookNextWeekAsync(chat);
        return (chat, new NudgeApi(host, NudgeApi.Key), new DataFile(_data), interviewId);
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);
}
