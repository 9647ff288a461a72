using InterviewBot.Core.FollowUp;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Core.Tests.Home;

/// <summary>The home view is built on every change a person sees there, so what it reads is counted.</summary>
public sealed class HomeDashboardTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task The_reminders_waiting_on_the_home_are_read_in_one_query_however_many_calls_are_listed()
    {
        var (workspace, rita) = await Seed.WorkspaceWithPersonAsync(_database);
        var calls = new List<Interview>();
        foreach (var (candidate, days) in new[] { ("Jordan Lee", 1), ("Sam Patel", 2), ("Alex Kim", 3) })
            calls.Add(await Seed.SavedScreenAsync(_database, workspace, rita, candidate, TimeSpan.FromDays(days)));
        await using (var db = _database.NewContext())
        {
            var prep = new Nudge(workspace.Id, calls[1].Id, rita.Id, NudgeKind.PrepReminder, NudgeRecipient.Recruiter, "prep", 1, _database.NowUtc, _database.NowUtc);
            prep.MarkSent("D-U-RITA", "1700000000.000100", _database.NowUtc);
            db.Nudges.Add(prep);
            await db.SaveChangesAsync();
        }

        using var queries = new QueryCounter(_database.ConnectionString);
        HomeView home;
        await using (var scope = _database.NewScope())
            home = await scope.ServiceProvider.GetRequiredService<HomeDashboard>().BuildAsync(workspace, rita, _database.NowUtc, allInterviews: false, default);

        var waiting = Assert.Single(home.Sections[0].Items);
        Assert.Contains("Sam Patel", waiting.Text, StringComparison.Ordinal);
        Assert.Equal(3, home.Sections[2].Items.Count);
        Assert.Single(queries.Reading("Nudges"));
    }

    [Fact]
    public async Task The_home_offers_the_same_ways_to_start_as_the_help_card()
    {
        var (workspace, rita) = await Seed.WorkspaceWithPersonAsync(_database);

        await using var scope = _database.NewScope();
        var home = await scope.ServiceProvider.GetRequiredService<HomeDashboard>().BuildAsync(workspace, rita, _database.NowUtc, allInterviews: false, default);

        Assert.Equal(HelpCards.Help(rita).Buttons.Select(b => (b.Label, b.Verb)), home.Buttons.Select(b => (b.Label, b.Verb)));
    }
}
