using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// The hiring manager on Teams, end to end: named in the booking form, asked for a decision after the
/// call (unreachable until they have written to the bot once), reminded in their own working hours,
/// and their answer told to the recruiter – with the reason for the recruiter only.
/// </summary>
public sealed class HiringManagerTests : IDisposable
{
    private const string Reason = "Too junior for the platform team";
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_hiring_manager_is_asked_reminded_in_their_hours_and_their_answer_reaches_the_recruiter_but_no_candidate_draft()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var riley = Conversation.Recruiter(host, connector);
        var sam = new Conversation(host, connector, new Activities(connector.ServiceUrl, userId: "29:user-sam-hm", userName: "Sam Manager",
            conversationId: "a:personal-sam-hm", timeZone: "America/New_York", aadObjectId: "00000000-0000-0000-0000-0000000000b2"));
        var interviewId = await BookAsync(riley);
        Assert.Equal("Sam Manager", (await api.InterviewAsync(interviewId))["hiringManager"]!["name"]!.GetValue<string>());

        // The call (Tuesday 14:00 Berlin) is over; 16:00 in Berlin is 10:00 in New York.
        var start = (await api.InterviewAsync(interviewId))["startUtc"]!.GetValue<DateTime>();
        await api.AdvanceToAsync(start.AddHours(2));
        var after = Assert.Single(await riley.SayAsync("after"));
        Assert.DoesNotContain("Ask Sam for a decision", CardReader.ButtonTitles(after.Card!)); // not before the call is marked held
        // The card updates in place (the nudge cards of the call before it are closed alongside).
        var held = Assert.Single(await riley.TapAsync(after, CardReader.SubmitData(after.Card!, "Call held")), r => r.ActivityId == after.ResultId);
        Assert.Contains("Ask Sam for a decision", CardReader.ButtonTitles(held.Card!));

        // Sam has never written to the bot: Teams cannot reach them, and Riley is told what to do at once.
        var refused = Assert.Single(await riley.TapAsync(after, CardReader.SubmitData(held.Card!, "Ask Sam for a decision")));
        Assert.Contains("I can't reach Sam yet", refused.Text);
        Assert.Contains("Ask Sam to send me a message once", refused.Text);
        Assert.Equal("Held", (await api.InterviewAsync(interviewId))["status"]!.GetValue<string>());
        Assert.DoesNotContain(await api.NudgesAsync(interviewId), n => n["recipient"]!.GetValue<string>() == "HiringManager");

        // Once Sam has said hello, the same button asks them.
        await sam.SayAsync("hi");
        var asked = await riley.TapAsync(after, CardReader.SubmitData(held.Card!, "Ask Sam for a decision"));
        Assert.Contains("Asked Sam for a decision ✓", CardReader.AllText(Assert.Single(asked, r => r.ActivityId == after.ResultId).Card!));
        Assert.Equal("DecisionPending", (await api.InterviewAsync(interviewId))["status"]!.GetValue<string>());
        await api.SettledAsync(interviewId);
        var ask = Assert.Single(ToSam(connector));
        AdaptiveCardSchema.AssertValid(ask.Card!, "decision card");
        var askText = CardReader.AllText(ask.Card!);
        Assert.Contains("Your decision on Jordan Lee", askText);
        Assert.Contains("Riley Recruiter held the phone screen with Jordan Lee", askText);
        Assert.Equal(["Next round", "Not a fit", "I need until the date below"], CardReader.ButtonTitles(ask.Card!));

        // No answer: the next working morning at 09:00 New York time, a reminder.
        var reminder = Assert.Single(await api.NudgesAsync(interviewId), n => n["kind"]!.GetValue<string>() == "DecisionReminder");
        Assert.Equal("America/New_York", reminder["timeZone"]!.GetValue<string>());
        Assert.EndsWith("T09:00", reminder["dueLocal"]!.GetValue<string>());
        await api.AdvanceToAsync(NudgeApi.Due(reminder).AddMinutes(5));
        await api.SettledAsync(interviewId);
        var reminded = ToSam(connector);
        Assert.Equal(2, reminded.Count);
        Assert.Contains("is still waiting for your decision on Jordan Lee", CardReader.AllText(reminded[1].Card!));

        // Sam is not a participant: the recruiter's cards of the interview stay closed to them.
        var notYours = Assert.Single(await sam.TapAsync(reminded[1], CardReader.SubmitData(held.Card!, "Ask Sam for a decision")));
        Assert.Contains("not part of", notYours.Text);

        var before = connector.Requests.Count;
        var answered = await sam.TapAsync(reminded[1], CardReader.SubmitData(reminded[1].Card!, "Not a fit"),
            new Dictionary<string, string> { ["decisionReason"] = Reason });
        var update = Assert.Single(answered, r => r.ActivityId == reminded[1].ResultId);
        Assert.Contains("You answered: not a fit ✓", CardReader.AllText(update.Card!));
        Assert.Empty(CardReader.ButtonTitles(update.Card!));

        // Riley is told, with the reason for them only; the interview owes the candidate feedback again.
        // (The feedback reminder that fell due while the decision was pending may go out alongside it.)
        var notice = Assert.Single(connector.Requests.Skip(before), r => r.ConversationId == riley.Activities.ConversationId && r.Kind == "send"
            && CardReader.AllText(r.Card!).Contains("Sam:", StringComparison.Ordinal));
        AdaptiveCardSchema.AssertValid(notice.Card!, "the recruiter's notice");
        var noticeText = CardReader.AllText(notice.Card!);
        Assert.Contains("Sam: Jordan Lee is not a fit", noticeText);
        Assert.Contains(Reason, noticeText);
        var interview = await api.InterviewAsync(interviewId);
        Assert.Equal("Held", interview["status"]!.GetValue<string>());
        Assert.Equal("NotAFit", interview["decision"]!.GetValue<string>());
        Assert.DoesNotContain(Reason, interview.ToJsonString());
        var nudges = await api.NudgesAsync(interviewId);
        Assert.DoesNotContain(nudges, n => n["recipient"]!.GetValue<string>() == "HiringManager" && NudgeApi.IsWaiting(n));
        Assert.Contains(nudges, n => n["kind"]!.GetValue<string>() == "FeedbackDue" && n["state"]!.GetValue<string>() != "Cancelled");

        // The drafts meant for the candidate – feedback and the holding message – never carry the reason.
        var afterCard = Assert.Single(await riley.SayAsync("after"));
        var afterText = CardReader.AllText(afterCard.Card!);
        Assert.Contains("Hi Jordan,", afterText);
        Assert.DoesNotContain(Reason, afterText);
        await api.AdvanceToAsync(nudges.Where(n => n["kind"]!.GetValue<string>() == "FeedbackDue").Min(NudgeApi.Due).AddMinutes(5));
        await api.SettledAsync(interviewId);
        var feedback = connector.Requests.First(r => r.Kind == "send" && r.ConversationId == riley.Activities.ConversationId && r.Card is { } card
            && CardReader.AllText(card).Contains("Feedback for Jordan Lee is due", StringComparison.Ordinal));
        Assert.DoesNotContain(Reason, feedback.CardJson);
    }

    /// <summary>Books the call next week in the form, naming Sam Manager as the hiring manager.</summary>
    private static async Task<Guid> BookAsync(Conversation chat)
    {
        var form = Assert.Single(await chat.SayAsync("new interview"));
        var inputs = ConversationFlowTests.BookingInputs("Jordan Lee");
        inputs["date"] = NextTuesday();
        inputs["hiringManager"] = "Sam Manager";
        var sent = await chat.TapAsync(form, CardReader.SubmitData(form.Card!, "Book it"), inputs);
        Assert.Contains("Sam Manager", CardReader.AllText(Assert.Single(sent, r => r.Kind == "update").Card!));
        var checklist = Assert.Single(sent, r => r.Kind == "reply");
        return Guid.Parse(CardReader.StepButton(checklist.Card!, "Done", "look-beyond")["interviewId"]!.GetValue<string>());
    }

    private static string NextTuesday()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, berlin)).AddDays(7);
        while (day.DayOfWeek != DayOfWeek.Tuesday) day = day.AddDays(1);
        return day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<ConnectorRequest> ToSam(LocalConnector connector) =>
        connector.Requests.Where(r => r.Kind == "send" && r.ConversationId == "a:personal-sam-hm").ToList();
}
