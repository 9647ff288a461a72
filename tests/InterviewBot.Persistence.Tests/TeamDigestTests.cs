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

    [Theory]
    [InlineData(false, "3 working days – Backend engineer phone screen")]
    [InlineData(true, "3 working days – Sam Slow (Backend engineer)")]
    public async Task Turnaround_shows_the_weeks_median_and_slowest_and_the_trend_against_the_four_weeks_before(bool namesOn, string slowest)
    {
        // Now is Monday 1 March 2027. This week: feedback 1 and 3 working days after the call; the four
        // weeks before: 4 and 4. The digest goes out on Thursday 4 March.
        var (workspace, rita) = await Seed.WorkspaceWithPersonAsync(_database);
        await using (var db = _database.NewContext())
        {
            db.Attach(workspace);
            db.Attach(rita);
            workspace.UseTeamChannel("C-TEAM", "Europe/Berlin");
            workspace.ShowNamesInChannelPosts(namesOn);
            rita.ChangeWorkingTime("Europe/Berlin", new TimeOnly(9, 0), new TimeOnly(18, 0), WorkingDays.MondayToFriday, null);
            db.Interviews.AddRange(
                FeedbackSent("Ava Quick", callDaysFromNow: 0, sentDaysFromNow: 1), // Mon → Tue
                FeedbackSent("Sam Slow", callDaysFromNow: -3, sentDaysFromNow: 2), // Fri → Wed
                FeedbackSent("Lee Earlier", callDaysFromNow: -28, sentDaysFromNow: -24), // Mon 1 Feb → Fri 5 Feb
                FeedbackSent("Kim Earlier", callDaysFromNow: -21, sentDaysFromNow: -17)); // Mon 8 Feb → Fri 12 Feb
            await db.SaveChangesAsync();
        }

        var thursday = new DateTime(2027, 3, 4, 8, 30, 0, DateTimeKind.Utc);
        NudgeView digest;
        await using (var scope = _database.NewScope())
            digest = await scope.ServiceProvider.GetRequiredService<TeamDigest>().ComposeAsync(workspace, thursday, default);

        var facts = digest.Facts!.ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal("2", facts["Median working days to feedback (7 days)"]);
        Assert.Equal(slowest, facts["Slowest feedback (7 days)"]);
        Assert.Equal("Faster than the 4 weeks before (median 4)", facts["Trend"]);
        if (!namesOn) Assert.DoesNotContain(digest.Facts!, f => f.Value.Contains("Sam", StringComparison.Ordinal) || f.Value.Contains("Ava", StringComparison.Ordinal));

        Interview FeedbackSent(string candidate, int callDaysFromNow, int sentDaysFromNow)
        {
            var screen = Seed.Screen(_database, workspace, rita, candidate, TimeSpan.FromDays(callDaysFromNow));
            screen.MoveTo(InterviewStatus.Held, screen.EndUtc);
            screen.MoveTo(InterviewStatus.FeedbackSent, _database.NowUtc.AddDays(sentDaysFromNow));
            return screen;
        }
    }
}
