using InterviewBot.Core.FollowUp;
using InterviewBot.Host.Tests.Support;
using InterviewBot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Host.Tests;

/// <summary>Teams has no home view: keeping homes current costs a Teams person nothing after each save.</summary>
public sealed class HomeOnTeamsTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_change_that_refreshes_homes_looks_up_and_builds_no_home_for_a_person_on_Teams()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var host = new BotHost(_data);
        var chat = new Conversation(host, connector, new Activities(connector.ServiceUrl));
        var form = Assert.Single(await chat.SayAsync("new interview"));
        await chat.TapAsync(form, CardReader.SubmitData(form.Card!, "Book it"), ConversationFlowTests.BookingInputs("Jordan Lee"));
        await using var scope = host.Services.CreateAsyncScope();
        var interview = await scope.ServiceProvider.GetRequiredService<InterviewBotDbContext>().Interviews.AsNoTracking().SingleAsync();
        var sentBefore = connector.Requests.Count;

        using var queries = new QueryCounter(_data.DatabaseFile);
        var homes = scope.ServiceProvider.GetRequiredService<HomeRefresh>();
        homes.Changed(interview);
        await homes.PublishAsync();

        Assert.Empty(queries.Reading("ConversationAddresses"));
        Assert.Empty(queries.Reading("Interviews"));
        Assert.Empty(queries.Reading("Nudges"));
        Assert.Equal(sentBefore, connector.Requests.Count);
    }
}
