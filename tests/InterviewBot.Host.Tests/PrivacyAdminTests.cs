using System.Globalization;
using System.Text.Json;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// A candidate who never used the bot asks for their data or its erasure: a privacy admin named in
/// Privacy:Admins acts on it in a 1:1 chat, through POST /api/messages, and each use leaves one audit
/// line without personal data. Nobody else can, and nobody can in a channel.
/// </summary>
public sealed class PrivacyAdminTests : IDisposable
{
    private const string Audit = "InterviewBot.PrivacyAudit";
    private const string Note = "Strong on Kafka, asks 90k";
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task An_admin_exports_then_erases_a_candidate_and_each_use_leaves_one_audit_line_without_personal_data()
    {
        var logs = new LogCapture();
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, Settings()) { Logs = logs };
        var file = new DataFile(_data);
        var riley = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var interviewId = await BookWithEmailAsync(riley);
        await riley.SayAsync($"note {Note}");
        Assert.True(await file.NudgeTimersAsync() > 0);
        var ada = Admin(host, connector);

        var export = await ada.SayAsync("privacy export JORDAN.LEE@mail.example");
        var asked = Assert.Single(await ada.SayAsync("privacy erase  jordan   lee"));
        var done = Assert.Single(await ada.TapAsync(asked, CardReader.SubmitData(asked.Card!, "Erase")));

        using var json = JsonDocument.Parse(ExportJson.In(export));
        var interview = Assert.Single(json.RootElement.GetProperty("interviews").EnumerateArray());
        Assert.Equal((interviewId, "Jordan Lee", "jordan.lee@mail.example"), (interview.GetProperty("id").GetGuid(),
            interview.GetProperty("candidateName").GetString(), interview.GetProperty("candidateEmail").GetString()));
        Assert.Equal([Note], interview.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetString()));
        Assert.Contains("Erase what I hold about this candidate?", CardReader.AllText(asked.Card!));
        Assert.DoesNotContain("Jordan", CardReader.AllText(asked.Card!), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(("update", asked.ResultId), (done.Kind, done.ActivityId));
        Assert.Contains("Candidate erased", CardReader.AllText(done.Card!));
        Assert.Empty(await file.RowsContainingAsync("Jordan Lee", "jordan.lee@mail.example", Note));
        Assert.Equal("Erased candidate", await file.ScalarAsync<string>("SELECT CandidateName FROM Interviews"));
        Assert.Equal(0, await file.NudgeTimersAsync());

        var audit = AuditLines(logs);
        Assert.Equal(2, audit.Count);
        Assert.Contains(audit, line => line.Contains("export", StringComparison.Ordinal) && line.Contains("1 interview(s)", StringComparison.Ordinal));
        Assert.Contains(audit, line => line.Contains(": erase in", StringComparison.Ordinal) && line.Contains("1 interview(s)", StringComparison.Ordinal));
        Assert.All(audit, line =>
        {
            Assert.Contains("29:user-ada", line, StringComparison.Ordinal);
            Assert.Contains("botframework/tenant-contoso", line, StringComparison.Ordinal);
            Assert.Contains(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
            foreach (var personal in new[] { "Jordan", "jordan.lee", "mail.example", "Kafka", "Riley" })
                Assert.DoesNotContain(personal, line, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Someone_not_listed_is_refused_and_in_a_channel_even_an_admin_is_told_to_use_a_1_1_chat()
    {
        var logs = new LogCapture();
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, Settings()) { Logs = logs };
        var file = new DataFile(_data);
        var riley = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        await BookWithEmailAsync(riley);
        await riley.SayAsync($"note {Note}");
        var ada = Admin(host, connector);

        var notListed = Assert.Single(await riley.SayAsync("privacy export Jordan Lee"));
        var notListedErase = Assert.Single(await riley.SayAsync("privacy erase jordan.lee@mail.example"));
        var inChannel = Assert.Single(await ada.PostAsync(ada.Activities.ChannelMessage("privacy export Jordan Lee")));

        Assert.All([notListed, notListedErase], r => Assert.Equal(("Only privacy admins can do that, so I did nothing.", null), (r.Text, r.Card)));
        Assert.Equal("Privacy requests work only in a 1:1 chat with me, so I did nothing here.", inChannel.Text);
        Assert.Single(await file.RowsContainingAsync(Note));
        Assert.Empty(AuditLines(logs));
    }

    private static Dictionary<string, string?> Settings() => new(NudgeApi.Settings()) { ["Privacy:Admins:0"] = "29:user-ada" };

    private static Conversation Admin(BotHost host, LocalConnector connector) => new(host, connector, new Activities(connector.ServiceUrl,
        userId: "29:user-ada", userName: "Ada Admin", conversationId: "a:personal-ada", aadObjectId: "00000000-0000-0000-0000-0000000000ad"));

    private static async Task<Guid> BookWithEmailAsync(Conversation chat)
    {
        var form = Assert.Single(await chat.SayAsync("new interview"));
        var inputs = ConversationFlowTests.BookingInputs("Jordan Lee");
        inputs["candidateEmail"] = "jordan.lee@mail.example";
        var sent = await chat.TapAsync(form, CardReader.SubmitData(form.Card!, "Book it"), inputs);
        var checklist = Assert.Single(sent, r => r.Kind == "reply");
        return Guid.Parse(CardReader.StepButton(checklist.Card!, "Done", "look-beyond")["interviewId"]!.GetValue<string>());
    }

    private static List<string> AuditLines(LogCapture logs) => logs.Lines.Where(l => l.Contains($" {Audit}: ", StringComparison.Ordinal)).ToList();

}
