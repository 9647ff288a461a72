namespace InterviewBot.Core.Tests;

public class PersonTests
{
    private static readonly TimeOnly Nine = new(9, 0), Five = new(17, 0);
    private readonly Person _person = new(Samples.Workspace.Id, "U123", "Rita Recruiter", Samples.Now);

    [Fact]
    public void A_new_person_works_nine_to_six_monday_to_friday_in_utc()
    {
        Assert.Equal("UTC", _person.TimeZoneId);
        Assert.False(_person.TimeZoneChosen);
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(18, 0)), (_person.WorkdayStart, _person.WorkdayEnd));
        Assert.True(_person.WorkingDays.Includes(DayOfWeek.Friday));
        Assert.False(_person.WorkingDays.Includes(DayOfWeek.Saturday));
        Assert.False(_person.WorkingDays.Includes(DayOfWeek.Sunday));
    }

    [Fact]
    public void The_zone_the_chat_client_reports_is_adopted()
    {
        Assert.True(_person.AdoptDetectedTimeZone("Europe/Berlin"));

        Assert.Equal("Europe/Berlin", _person.TimeZoneId);
        Assert.False(_person.AdoptDetectedTimeZone("Europe/Berlin"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("GMT+2 (Central European)")]
    public void An_unknown_or_missing_detected_zone_is_ignored(string? zone)
    {
        _person.AdoptDetectedTimeZone("Asia/Kolkata");

        Assert.False(_person.AdoptDetectedTimeZone(zone));
        Assert.Equal("Asia/Kolkata", _person.TimeZoneId);
    }

    [Fact]
    public void Once_the_person_chose_a_zone_detection_no_longer_changes_it()
    {
        _person.ChangeWorkingTime("Asia/Kolkata", Nine, Five, WorkingDays.MondayToFriday, null);

        Assert.False(_person.AdoptDetectedTimeZone("Europe/Berlin"));

        Assert.Equal("Asia/Kolkata", _person.TimeZoneId);
        Assert.True(_person.TimeZoneChosen);
    }

    [Fact]
    public void A_zone_given_by_the_interviews_api_is_taken_until_the_chat_client_reports_one()
    {
        Assert.True(_person.AdoptGivenTimeZone("America/New_York"));
        Assert.Equal(("America/New_York", TimeZoneSource.Api), (_person.TimeZoneId, _person.TimeZoneSource));
        Assert.False(_person.FollowWorkspaceZone("Europe/Berlin"));

        Assert.True(_person.AdoptDetectedTimeZone("America/Chicago"));
        Assert.False(_person.AdoptGivenTimeZone("America/New_York"));

        Assert.Equal(("America/Chicago", TimeZoneSource.ChatClient), (_person.TimeZoneId, _person.TimeZoneSource));
    }

    [Fact]
    public void Neither_the_api_nor_the_chat_client_changes_a_zone_or_hours_chosen_in_settings()
    {
        _person.ChangeWorkingTime("Asia/Tokyo", Nine, Five, WorkingDays.MondayToFriday, null);

        Assert.False(_person.AdoptGivenTimeZone("America/New_York"));
        Assert.False(_person.AdoptGivenWorkingHours(new TimeOnly(7, 0), new TimeOnly(15, 0), WorkingDays.Monday));
        Assert.False(_person.AdoptDetectedTimeZone("Europe/Berlin"));
        Assert.False(_person.FollowWorkspaceZone("Europe/Berlin"));

        Assert.Equal(("Asia/Tokyo", Nine, Five, WorkingDays.MondayToFriday), (_person.TimeZoneId, _person.WorkdayStart, _person.WorkdayEnd, _person.WorkingDays));
    }

    [Fact]
    public void Working_hours_given_by_the_api_are_taken_by_someone_who_has_not_saved_their_own()
    {
        _person.AdoptDetectedTimeZone("Europe/Berlin");

        Assert.True(_person.AdoptGivenWorkingHours(new TimeOnly(7, 30), new TimeOnly(16, 0), WorkingDays.Monday | WorkingDays.Tuesday));

        Assert.Equal((new TimeOnly(7, 30), new TimeOnly(16, 0), WorkingDays.Monday | WorkingDays.Tuesday), (_person.WorkdayStart, _person.WorkdayEnd, _person.WorkingDays));
        Assert.Equal("Europe/Berlin", _person.TimeZoneId);
    }

    [Fact]
    public void Working_time_is_saved_as_chosen()
    {
        var days = WorkingDays.Sunday | WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday | WorkingDays.Thursday;

        _person.ChangeWorkingTime("Asia/Jerusalem", new TimeOnly(8, 30), new TimeOnly(16, 30), days, " il ");

        Assert.Equal("Asia/Jerusalem", _person.TimeZoneId);
        Assert.Equal((new TimeOnly(8, 30), new TimeOnly(16, 30)), (_person.WorkdayStart, _person.WorkdayEnd));
        Assert.True(_person.WorkingDays.Includes(DayOfWeek.Sunday));
        Assert.False(_person.WorkingDays.Includes(DayOfWeek.Friday));
        Assert.Equal("IL", _person.HolidayCountry);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void No_holiday_country_means_none(string? country)
    {
        _person.ChangeWorkingTime("Europe/Berlin", Nine, Five, WorkingDays.MondayToFriday, "DE");

        _person.ChangeWorkingTime("Europe/Berlin", Nine, Five, WorkingDays.MondayToFriday, country);

        Assert.Null(_person.HolidayCountry);
    }

    [Fact]
    public void An_unknown_zone_is_refused_by_name_and_nothing_changes()
    {
        var error = Assert.Throws<DomainException>(() =>
            _person.ChangeWorkingTime("Europe/Atlantis", Nine, Five, WorkingDays.MondayToFriday, null));

        Assert.Contains("Europe/Atlantis", error.Message, StringComparison.Ordinal);
        Assert.Equal("UTC", _person.TimeZoneId);
        Assert.False(_person.TimeZoneChosen);
    }

    [Theory]
    [InlineData(17, 0, 9, 0)]
    [InlineData(9, 0, 9, 0)]
    public void A_working_day_must_end_after_it_starts(int startHour, int startMinute, int endHour, int endMinute)
    {
        Assert.Throws<DomainException>(() => _person.ChangeWorkingTime("Europe/Berlin",
            new TimeOnly(startHour, startMinute), new TimeOnly(endHour, endMinute), WorkingDays.MondayToFriday, null));

        Assert.Equal(new TimeOnly(9, 0), _person.WorkdayStart);
    }

    [Fact]
    public void At_least_one_working_day_is_needed()
    {
        Assert.Throws<DomainException>(() => _person.ChangeWorkingTime("Europe/Berlin", Nine, Five, WorkingDays.None, null));

        Assert.Equal(WorkingDays.MondayToFriday, _person.WorkingDays);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_new_name_keeps_the_old_one(string name)
    {
        _person.Rename(name);

        Assert.Equal("Rita Recruiter", _person.DisplayName);
    }

    [Fact]
    public void A_new_name_is_trimmed()
    {
        _person.Rename("  Rita R. ");

        Assert.Equal("Rita R.", _person.DisplayName);
    }
}
