using InterviewBot.Core.Ports;
using static InterviewBot.Core.Tests.Nudges.NudgeTestKit;

namespace InterviewBot.Core.Tests.Nudges;

/// <summary>
/// The workspace's part in someone's working time: the default zone of people the bot knows no zone of,
/// and the days off a team added for countries the holiday calendar lacks.
/// </summary>
public class WorkspaceWorkingTimeTests
{
    private static readonly DateTime Now = Utc("2027-01-01 09:00");
    private static readonly DateOnly OrthodoxChristmas = new(2027, 1, 7);

    [Fact]
    public void The_holiday_calendar_lacks_ukraine_and_india()
    {
        Assert.False(HolidayCalendar.IsSupported("UA"));
        Assert.False(HolidayCalendar.IsSupported("IN"));
    }

    [Fact]
    public void A_feedback_reminder_that_would_fall_on_a_day_off_the_workspace_added_moves_to_the_next_working_day()
    {
        var workspace = new Workspace(Platforms.Slack, "T-UA", Now);
        var recruiter = new Person(workspace.Id, "U-OKSANA", "Oksana", Now);
        recruiter.ChangeWorkingTime("Europe/Kyiv", Nine, Six, WorkingDays.MondayToFriday, "UA");
        var call = Call(At("Europe/Kyiv", "2027-01-06 14:00"), 30, null, null); // Wednesday
        var times = WorkingTimes.Utc;

        var before = PolicyAt(Now).PlanFor(call with { Recruiter = times.Of(workspace, recruiter) }, NudgeSettings.Defaults);
        workspace.AddHoliday("ua", OrthodoxChristmas, "Orthodox Christmas");
        var after = PolicyAt(Now).PlanFor(call with { Recruiter = times.Of(workspace, recruiter) }, NudgeSettings.Defaults);

        var kyiv = times.Of(workspace, recruiter);
        Assert.Equal("Thu 2027-01-07 09:00", Local(kyiv, before.Single(NudgeKind.FeedbackDue, NudgeRecipient.Recruiter).DueUtc));
        Assert.Equal("Fri 2027-01-08 09:00", Local(kyiv, after.Single(NudgeKind.FeedbackDue, NudgeRecipient.Recruiter).DueUtc));
        Assert.False(new WorkingCalendar(kyiv).IsWorkingDay(OrthodoxChristmas));
    }

    [Fact]
    public void Days_off_added_for_one_country_leave_people_of_other_countries_alone()
    {
        var workspace = new Workspace(Platforms.Slack, "T-UA", Now);
        workspace.AddHoliday("UA", OrthodoxChristmas, "Orthodox Christmas");
        var indian = new Person(workspace.Id, "U-ASHA", "Asha", Now);
        indian.ChangeWorkingTime("Asia/Kolkata", Nine, Six, WorkingDays.MondayToFriday, "IN");

        Assert.True(new WorkingCalendar(WorkingTimes.Utc.Of(workspace, indian)).IsWorkingDay(OrthodoxChristmas));
    }

    [Fact]
    public void Someone_whose_zone_the_bot_does_not_know_is_in_the_workspaces_default_zone_else_the_hosts()
    {
        var workspace = new Workspace(Platforms.Slack, "T1", Now);
        var newcomer = new Person(workspace.Id, "U-NEW", "New", Now);
        var times = WorkingTimes.Parse("America/New_York");

        Assert.Equal("America/New_York", times.Of(workspace, newcomer).TimeZoneId);
        Assert.Equal("America/New_York", times.Team(workspace).TimeZoneId);

        workspace.UseDefaultTimeZone("Asia/Kolkata");

        Assert.Equal("Asia/Kolkata", times.Of(workspace, newcomer).TimeZoneId);
        Assert.Equal("Asia/Kolkata", times.Team(workspace).TimeZoneId);
        Assert.Equal("UTC", newcomer.TimeZoneId);
        times.Follow(workspace, newcomer);
        Assert.Equal("Asia/Kolkata", newcomer.TimeZoneId);
    }

    [Fact]
    public void Someone_whose_zone_the_bot_knows_keeps_it_whatever_the_default()
    {
        var workspace = new Workspace(Platforms.Slack, "T1", Now);
        workspace.UseDefaultTimeZone("Asia/Kolkata");
        var given = new Person(workspace.Id, "U-GIVEN", "Given", Now);
        given.AdoptGivenTimeZone("America/New_York");

        WorkingTimes.Utc.Follow(workspace, given);

        Assert.Equal("America/New_York", WorkingTimes.Utc.Of(workspace, given).TimeZoneId);
        Assert.Equal("America/New_York", given.TimeZoneId);
    }

    [Theory]
    [InlineData("Mars/Base")]
    [InlineData("Europe")]
    public void A_host_default_zone_that_does_not_exist_is_refused_naming_the_setting(string zone)
    {
        var refused = Assert.Throws<SettingException>(() => WorkingTimes.Parse(zone));

        Assert.Contains("Nudges:DefaultTimeZone", refused.Message, StringComparison.Ordinal);
        Assert.Contains(zone, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_setting_the_default_zone_is_utc()
    {
        Assert.Equal("UTC", WorkingTimes.Parse(null).HostDefaultZone);
        Assert.Equal("UTC", WorkingTimes.Parse(" ").HostDefaultZone);
    }
}
