using InterviewBot.Host.Tests.Support;

namespace InterviewBot.Host.Tests;

/// <summary>
/// A second workspace (another Teams tenant) can neither read, act on, nor be nudged about the
/// first one's interviews, whatever ids its cards or messages carry.
/// </summary>
public sealed class TenantIsolationTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_card_replayed_from_another_tenant_is_refused_and_changes_nothing()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var contoso = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var checklist = await ConversationFlowTests.BookAsync(contoso, "Jordan Lee");

        // The same user id and the very same button data, but from the Fabrikam tenant.
        var fabrikam = new Conversation(host, connector, new Activities(connector.ServiceUrl, tenantId: "tenant-fabrikam", conversationId: "a:personal-riley-fabrikam"));
        var replay = await fabrikam.TapAsync(checklist, CardReader.StepButton(checklist.Card!, "Done", "look-beyond"));

        var answer = Assert.Single(replay);
        Assert.Contains("can't find that interview", answer.Text);
        Assert.DoesNotContain("Jordan Lee", answer.Text ?? "");
        var list = CardReader.AllText(Assert.Single(await fabrikam.SayAsync("my interviews")).Card!);
        Assert.DoesNotContain("Jordan Lee", list);
        var stillOpen = CardReader.AllText(Assert.Single(await contoso.SayAsync("before")).Card!);
        Assert.Contains("0/3", stillOpen);
    }

    [Fact]
    public async Task A_colleague_who_is_not_on_the_interview_cannot_tick_its_forwarded_card()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data);
        var riley = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var checklist = await ConversationFlowTests.BookAsync(riley, "Jordan Lee");
        var colleague = new Conversation(host, connector, new Activities(connector.ServiceUrl, userId: "29:user-casey", userName: "Casey Colleague", conversationId: "a:personal-casey"));

        var answer = Assert.Single(await colleague.TapAsync(checklist, CardReader.StepButton(checklist.Card!, "Done", "look-beyond")));

        Assert.Contains("not part of", answer.Text);
        Assert.Null(answer.Card);
        Assert.Contains("0/3", CardReader.AllText(Assert.Single(await riley.SayAsync("before")).Card!));
    }

    [Fact]
    public async Task Nudges_about_one_tenants_interview_reach_only_that_tenants_chat()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data, NudgeApi.Settings());
        var api = new NudgeApi(host, NudgeApi.Key);
        var fabrikam = new Conversation(host, connector, new Activities(connector.ServiceUrl, tenantId: "tenant-fabrikam", conversationId: "a:personal-riley-fabrikam"));
        await fabrikam.SayAsync("hi");
        var contoso = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var interviewId = await NudgeFlowTests.BookNextWeekAsync(contoso);

        var plan = await api.NudgesAsync(interviewId);
        await api.AdvanceToAsync(NudgeApi.Due(plan[0]).AddMinutes(1));
        await api.SettledAsync(interviewId);

        var nudges = connector.Requests.Where(r => r.Kind == "send").ToList();
        Assert.NotEmpty(nudges);
        Assert.All(nudges, n => Assert.Equal("a:personal-riley", n.ConversationId));
        Assert.DoesNotContain(connector.Requests, r => r.ConversationId == "a:personal-riley-fabrikam" && r.Kind == "send");
    }
}
