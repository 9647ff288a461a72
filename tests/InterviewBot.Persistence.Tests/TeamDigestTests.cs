using InterviewBot.Core.Domain;
using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Views;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Persistence.Tests;

/// <summary>The team digest as the channel reads it, written from stored interviews in the team's zone.</summary>
public sealed class TeamDigestTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Feedback_still_owed_for_last_Fridays_call_is_listed_as_on_Friday()
    {
        // Now is Monday 1 March 2027; the call was on Friday 26 February, 10:00 in Berlin, and is held.
        var (workspace, rita) = await Seed.WorkspaceWithPersonAsync(_database);
        await using (var db = _database.NewContext())
        {
            db.Attach(workspace);
            db.Attach(rita);
            workspace.UseTeamChannel("C-TEAM", "Europe/Berlin");
            rita.ChangeWorkingTime("Europe/Berlin", new TimeOnly(9, 0), new TimeOnly(18, 0), WorkingDays.MondayToFriday, null);
            var screen = Seed.Screen(_database, workspace, rita, "Jordan Lee", TimeSpan.FromDays(-3));
            screen.MoveTo(InterviewStatus.Held, _database.NowUtc);
            db.Interviews.Add(screen);
            await db.SaveChangesAsync();
        }

        // Thursday 4 March, 09:30 in Berlin: three working days have passed without feedback.
        var thursday = new DateTime(2027, 3, 4, 8, 30, 0, DateTimeKind.Utc);
        NudgeView digest;
        await using (var scope = _database.NewScope())
            digest = await scope.ServiceProvider.GetRequiredService<TeamDigest>().ComposeAsync(workspace, thursday, default);

        var waiting = Assert.Single(digest.Sections!, s => s.Heading == "Waiting for feedback");
        Assert.Equal(["Backend engineer phone screen on Friday – Rita Recruiter"], waiting.Lines);
    }
}
