using System.Globalization;
using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// End to end in Teams: the checklist and the prep nudge tell the same truth about what is done –
/// a role brief counts once its key fields are in, whichever call they were filled on, and a closed
/// planned question keeps "Ask open questions" open.
/// </summary>
public sealed class ChecklistTruthTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_half_filled_role_brief_stays_open_on_the_checklist_and_in_the_prep_nudge()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var (checklist, interviewId) = await BookAsync(chat, "Jordan Lee", weeks: 1);

        var saved = Assert.Single(await chat.TapAsync(checklist, CardReader.StepButton(checklist.Card!, "Save", "know-the-role"), new Dictionary<string, string>
        {
            ["step.know-the-role.product"] = "Payments platform for small shops",
            ["step.know-the-role.salary"] = "85,000–95,000 EUR",
        }));

        var text = CardReader.AllText(saved.Card!);
        Assert.Contains("The step stays open until it has: Daily tasks and routine.", text);
        Assert.Contains("○ Know the vacancy in depth", text);
        Assert.Contains("0/3", text);

        var prep = await PrepCardAsync(api, connector, interviewId, "Jordan Lee");
        Assert.Contains("Still open: Do your homework on the resume; Look beyond the resume; Know the vacancy in depth.", prep);
    }

    [Fact]
    public async Task A_role_brief_filled_on_an_earlier_call_for_the_role_is_not_asked_for_again_in_the_next_prep_nudge()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var (first, _) = await BookAsync(chat, "Jordan Lee", weeks: 2);
        var saved = Assert.Single(await chat.TapAsync(first, CardReader.StepButton(first.Card!, "Save", "know-the-role"), new Dictionary<string, string>
        {
            ["step.know-the-role.product"] = "Payments platform for small shops",
            ["step.know-the-role.routine"] = "Code reviews, pairing, one on-call week a month",
            ["step.know-the-role.salary"] = "85,000–95,000 EUR",
        }));
        Assert.Contains("✓ Know the vacancy in depth", CardReader.AllText(saved.Card!));
        Assert.DoesNotContain("The step stays open", CardReader.AllText(saved.Card!));

        // Another call for the same role, sooner: its checklist has no tick of its own for the brief.
        var (second, secondId) = await BookAsync(chat, "Sam Poe", weeks: 1);
        Assert.Contains("✓ Know the vacancy in depth", CardReader.AllText(second.Card!));

        var prep = await PrepCardAsync(api, connector, secondId, "Sam Poe");
        Assert.Contains("Still open: Do your homework on the resume; Look beyond the resume.", prep);
        Assert.DoesNotContain("Know the vacancy", prep);
    }

    [Fact]
    public async Task A_closed_planned_question_keeps_ask_open_questions_open_until_it_is_rewritten()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var (checklist, _) = await BookAsync(chat, "Jordan Lee", weeks: 1);
        var during = Assert.Single(await chat.TapAsync(checklist, CardReader.SubmitData(checklist.Card!, "During the call")));

        var saved = Assert.Single(await chat.TapAsync(during, CardReader.StepButton(during.Card!, "Save", "open-questions"), new Dictionary<string, string>
        {
            ["step.open-questions.lines"] = "Tell me about your last project -> ownership\nDid you work with Kafka? -> streaming experience",
        }));
        Assert.Contains("○ Ask open questions", CardReader.AllText(saved.Card!));

        var rewritten = Assert.Single(await chat.TapAsync(saved, CardReader.SubmitData(saved.Card!, "Use rewrite for 2")));
        Assert.Contains("✓ Ask open questions", CardReader.AllText(rewritten.Card!));
    }

    /// <summary>Moves the local clock past the call's prep nudge and returns the text of the card that went out.</summary>
    private static async Task<string> PrepCardAsync(NudgeApi api, LocalConnector connector, Guid interviewId, string candidate)
    {
        var prep = (await api.NudgesAsync(interviewId)).Single(n => NudgeApi.Kind(n) == "PrepReminder");
        await api.AdvanceToAsync(NudgeApi.Due(prep).AddMinutes(1));
        await api.SettledAsync(interviewId);
        return Assert.Single(connector.Requests.Where(r => r.Kind == "send").Select(r => CardReader.AllText(r.Card!)),
            t => t.Contains($"Prep for your call with {candidate}", StringComparison.Ordinal));
    }

    /// <summary>Books a call on a Tuesday at 14:00 Berlin time, <paramref name="weeks"/> or more away; returns its checklist and id.</summary>
    private static async Task<(ConnectorRequest Checklist, Guid InterviewId)> BookAsync(Conversation chat, string candidate, int weeks)
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, berlin)).AddDays(7 * weeks);
        while (day.DayOfWeek != DayOfWeek.Tuesday) day = day.AddDays(1);
        var form = Assert.Single(await chat.SayAsync("new interview"));
        var inputs = ConversationFlowTests.BookingInputs(candidate);
        inputs["date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var checklist = Assert.Single(await chat.TapAsync(form, CardReader.SubmitData(form.Card!, "Book it"), inputs), r => r.Kind == "reply");
        var id = Guid.Parse(CardReader.StepButton(checklist.Card!, "Done", "look-beyond")["interviewId"]!.GetValue<string>());
        return (checklist, id);
    }
}
